using System.Globalization;
using System.Text.RegularExpressions;
using WorkingParty.Minutes.Definitions;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Recognition;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Decides the meeting date: what the uploader stated; else a date in the heading ("meeting held on ...",
/// "Brussels, 22 March 2017"); else a leading yyyy-mm-dd in the file name; else inferred from the text as the day
/// after the latest date spoken of as past, kept before the earliest date spoken of as to come.
/// </summary>
public sealed class MeetingDateResolver
{
    private readonly DateRecognizer _dates;
    private readonly CueSet _cues;
    private readonly IReadOnlyList<Regex> _headingDates;
    private readonly Regex _fileNameDate;

    public MeetingDateResolver(MinutesDefinitions definitions, PatternTemplate template, DateRecognizer dates, CueSet cues)
    {
        _dates = dates;
        _cues = cues;
        _headingDates = definitions.Meeting.HeadingDates.Select(p => template.Compile(p, RegexOptions.IgnoreCase | RegexOptions.Multiline)).ToList();
        _fileNameDate = template.Compile(definitions.Meeting.FileNameDate);
    }

    public MeetingDate Resolve(IngestOptions options, IReadOnlyList<string> heading, string sourceFile,
        IEnumerable<AnalysedSentence> sentences, DateOnly fallback)
    {
        if (options.Date is { } stated)
        {
            return new MeetingDate(stated, false);
        }

        if ((FromHeading(heading) ?? FromFileName(sourceFile)) is { } read)
        {
            return new MeetingDate(read, false);
        }

        return new MeetingDate(Infer(sentences.ToList(), fallback), true);
    }

    private DateOnly? FromHeading(IReadOnlyList<string> heading)
    {
        foreach (var pattern in _headingDates)
        {
            foreach (var line in heading)
            {
                var mentions = _dates.Recognize(line);
                var match = pattern.Match(DateRecognizer.Mask(line, mentions));
                if (match.Success)
                {
                    var mention = mentions[int.Parse(match.Groups["date"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)];
                    if (mention is { HasYear: true, Precision: DatePrecision.Day })
                    {
                        return mention.Resolve(mention.Year!.Value).Start;
                    }
                }
            }
        }

        return null;
    }

    private DateOnly? FromFileName(string sourceFile)
    {
        var match = _fileNameDate.Match(Path.GetFileName(sourceFile));
        return match.Success && DateOnly.TryParseExact($"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}",
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private DateOnly Infer(List<AnalysedSentence> sentences, DateOnly fallback)
    {
        var days = sentences
            .SelectMany(s => s.Dates.Select((mention, i) => (Mention: mention, Tense: _cues.TenseAt(s.Masked, s.TokenOf(i)))))
            .Where(d => d.Mention.Precision == DatePrecision.Day)
            .ToList();
        var year = days.Where(d => d.Mention.HasYear)
            .GroupBy(d => d.Mention.Year!.Value)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .Select(g => (int?)g.Key).FirstOrDefault() ?? fallback.Year;

        var resolved = days.Select(d => (Dates: d.Mention.Resolve(year), d.Tense)).ToList();
        var latestPast = resolved.Where(d => d.Tense == Tense.Past).Select(d => (DateOnly?)(d.Dates.End ?? d.Dates.Start)).Max();
        var earliestFuture = resolved.Where(d => d.Tense == Tense.Future).Select(d => (DateOnly?)d.Dates.Start).Min();

        var inferred = latestPast?.AddDays(1) ?? earliestFuture?.AddDays(-1) ?? fallback;
        return earliestFuture is { } bound && inferred >= bound ? bound.AddDays(-1) : inferred;
    }
}
