using System.Globalization;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Recognition;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Decides the meeting date: what the uploader stated; else the header's On: field ("On: 9 and 10 October 2018");
/// else its Subject ("... held on 19 April 2017"); else a date in the heading ("meeting held on ..."); else a leading
/// yyyy-mm-dd in the file name; else inferred from the text as the day after the latest date spoken of as past, kept
/// before the earliest date spoken of as to come. "Brussels, &lt;date&gt;" is when the document was issued: never the
/// meeting date, but a bound on it and the year of an On: field that gives none.
/// </summary>
public sealed class MeetingDateResolver
{
    /// <summary>Minutes are issued within this many days of the meeting.</summary>
    private const int IssueWindowDays = 60;

    private readonly DateRecognizer _dates;
    private readonly CueSet _cues;
    private readonly IReadOnlyList<Regex> _headingDates;
    private readonly IReadOnlyList<Regex> _subjectDates;
    private readonly Regex _fileNameDate;
    private readonly Regex? _stackedDateLabel;
    private readonly Regex? _stackedColumnLabel;
    private readonly IReadOnlyList<string> _dateFields;

    public MeetingDateResolver(MinutesDefinitions definitions, PatternTemplate template, DateRecognizer dates, CueSet cues)
    {
        _dates = dates;
        _cues = cues;
        _headingDates = definitions.Meeting.HeadingDates.Select(p => template.Compile(p, RegexOptions.IgnoreCase | RegexOptions.Multiline)).ToList();
        _subjectDates = definitions.Layout.SubjectDates.Select(p => template.Compile(p, RegexOptions.IgnoreCase)).ToList();
        _fileNameDate = template.Compile(definitions.Meeting.FileNameDate);
        _stackedDateLabel = definitions.Meeting.StackedDateLabel is { Length: > 0 } stacked ? template.Compile(stacked) : null;
        _stackedColumnLabel = definitions.Meeting.StackedColumnLabel is { Length: > 0 } column ? template.Compile(column) : null;
        _dateFields = definitions.Meeting.DateFields ?? ["On"];
    }

    public MeetingDate Resolve(IngestOptions options, HeaderBlock header, IReadOnlyList<string> heading, string sourceFile,
        IEnumerable<AnalysedSentence> sentences, DateOnly fallback)
    {
        if (options.Date is { } stated)
        {
            return new MeetingDate(stated, null, MeetingDateSource.Stated);
        }

        var issued = header.IssueDate is { HasYear: true } issue ? issue.Resolve(issue.Year!.Value).Start : (DateOnly?)null;
        var read = _dateFields.Select(label => FromOnField(header.Field(label), issued, label == "On")).FirstOrDefault(d => d is not null)
            ?? Read(header.Field("Subject"), _subjectDates, MeetingDateSource.Subject)
            ?? heading.Select(line => Read(line, _headingDates, MeetingDateSource.Heading)).FirstOrDefault(d => d is not null)
            ?? Stacked(heading)
            ?? FromFileName(sourceFile);
        if (read is not null && (issued is null || read.Date <= issued))
        {
            return read;
        }

        var inferred = Infer(sentences.ToList(), issued, issued?.AddDays(-1) ?? fallback);
        return new MeetingDate(issued is { } bound && inferred >= bound ? bound.AddDays(-1) : inferred, null, MeetingDateSource.Inferred);
    }

    /// <summary>
    /// "9 September 2019", "9 and 10 October 2018", "31 January 2020 (morning session)"; a missing year is the issue's.
    /// A field named otherwise than On: ("Dated:", "Meeting of:") that gives the issue day is the issue date, not the meeting's.
    /// </summary>
    private MeetingDate? FromOnField(string? value, DateOnly? issued, bool isOn)
    {
        var mention = value is null ? null : _dates.Recognize(value).FirstOrDefault(m => m.Precision == DatePrecision.Day);
        if (mention is null || (!mention.HasYear && issued is null))
        {
            return null;
        }

        var (start, end) = mention.Resolve(mention.Year ?? issued!.Value.Year);
        return !isOn && start == issued ? null : new MeetingDate(start, end, MeetingDateSource.OnField);
    }

    private MeetingDate? Read(string? text, IReadOnlyList<Regex> patterns, MeetingDateSource source)
    {
        if (text is null)
        {
            return null;
        }

        var mentions = _dates.Recognize(text);
        var masked = DateRecognizer.Mask(text, mentions);
        foreach (var pattern in patterns)
        {
            var match = pattern.Match(masked);
            if (match.Success)
            {
                var mention = mentions[int.Parse(match.Groups["date"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)];
                if (mention is { HasYear: true, Precision: DatePrecision.Day })
                {
                    var (start, end) = mention.Resolve(mention.Year!.Value);
                    return new MeetingDate(start, end, source);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "on" alone on its line, the date on the next line with text: a header laid out one keyword a line. When the
    /// labels stand in a column ("of", "on", "Subject :") before a column of values, the date is the value in the
    /// place of "on".
    /// </summary>
    private MeetingDate? Stacked(IReadOnlyList<string> heading)
    {
        if (_stackedDateLabel is null)
        {
            return null;
        }

        for (var i = 0; i < heading.Count - 1; i++)
        {
            if (!_stackedDateLabel.IsMatch(heading[i].Trim()))
            {
                continue;
            }

            var next = ValueLines(heading, i + 1).FirstOrDefault();
            if (next is not null && IsColumnLabel(next))
            {
                var first = i;
                while (first > 0 && IsColumnLabel(heading[first - 1]))
                {
                    first--;
                }

                var last = i;
                while (last + 1 < heading.Count && IsColumnLabel(heading[last + 1]))
                {
                    last++;
                }

                next = ValueLines(heading, last + 1).Skip(i - first).FirstOrDefault();
            }

            var mentions = next is null ? [] : _dates.Recognize(next);
            var mention = mentions.Count > 0 ? mentions[0] : null;
            if (mention is { Index: 0, HasYear: true, Precision: DatePrecision.Day })
            {
                var (start, end) = mention.Resolve(mention.Year!.Value);
                return new MeetingDate(start, end, MeetingDateSource.Heading);
            }
        }

        return null;
    }

    private bool IsColumnLabel(string line) => _stackedColumnLabel?.IsMatch(line.Trim()) == true;

    private static IEnumerable<string> ValueLines(IReadOnlyList<string> heading, int from) =>
        heading.Skip(from).Select(line => line.Trim()).Where(line => line.Length > 0);

    private MeetingDate? FromFileName(string sourceFile)
    {
        var match = _fileNameDate.Match(Path.GetFileName(sourceFile));
        return match.Success && DateOnly.TryParseExact($"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}",
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new MeetingDate(date, null, MeetingDateSource.FileName)
            : null;
    }

    /// <summary>
    /// The day after the latest date spoken of as past, before the earliest to come; with an issue date, only dates
    /// in the <see cref="IssueWindowDays"/> before it count (a law adopted years ago dates no meeting).
    /// </summary>
    private DateOnly Infer(List<AnalysedSentence> sentences, DateOnly? issued, DateOnly fallback)
    {
        var days = sentences
            .SelectMany(s => s.Dates.Select((mention, i) => (Mention: mention, Tense: _cues.TenseAt(s.Masked, s.TokenOf(i)))))
            .Where(d => d.Mention.Precision == DatePrecision.Day)
            .ToList();
        var year = days.Where(d => d.Mention.HasYear)
            .GroupBy(d => d.Mention.Year!.Value)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .Select(g => (int?)g.Key).FirstOrDefault() ?? fallback.Year;

        var resolved = days.Select(d => (Dates: d.Mention.Resolve(year), d.Tense))
            .Where(d => issued is not { } issue || (d.Dates.Start >= issue.AddDays(-IssueWindowDays) && (d.Tense != Tense.Past || d.Dates.Start <= issue)))
            .ToList();
        var latestPast = resolved.Where(d => d.Tense == Tense.Past).Select(d => (DateOnly?)(d.Dates.End ?? d.Dates.Start)).Max();
        var earliestFuture = resolved.Where(d => d.Tense == Tense.Future).Select(d => (DateOnly?)d.Dates.Start).Min();

        var inferred = latestPast?.AddDays(1) ?? earliestFuture?.AddDays(-1) ?? fallback;
        return earliestFuture is { } bound && inferred >= bound ? bound.AddDays(-1) : inferred;
    }
}
