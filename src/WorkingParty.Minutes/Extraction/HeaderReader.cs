using WorkingParty.Minutes.Recognition;
using WorkingParty.Minutes.Text;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Reads the lines before the first agenda item as a Council header. Labels and values are paired in reading order
/// whether they share a line ("On: 31 January 2020"), follow each other ("On:" then "31 January 2020") or stand in two
/// columns (three labels, then three values). A value that wraps goes on until the next label or paragraph end; a
/// Subject or To: cut by a paragraph break (each printed line a paragraph) goes on over it when it ends on "on", "of", ... or
/// the next line goes on in lower case or in brackets; a Subject also when the next line is led by a dash ("– Summary of"),
/// or by a bracket or in lower case though it names the kind of record ("(Estuaries) on 9 June 2036 – Summary of discussions");
/// a Subject or To: whose line ends on "and", "of", ... goes on over the next line whatever it names ("... Tides and" then
/// "Estuaries held on 9 June 2036 – Summary of discussions"); a To: value goes on over a line that is only a bracket, its
/// configuration, even in a column of values; a value that ends on "of", "and", a comma ... goes on over the next line
/// in a column of values too ("... Towage and Mooring of" then "Vessels"). "Meeting on:" is the On: label, "of:" the To:.
/// </summary>
public sealed partial class HeaderReader
{
    private readonly Regex _field;
    private readonly Regex _otherLabel;
    private readonly Regex _continuesAfter;
    private readonly Regex _issueDate;
    private readonly Regex _issueStamp;
    private readonly Regex _language;
    private readonly Regex _documentNumber;
    private readonly Regex _code;
    private readonly IReadOnlyList<Regex> _kinds;
    private readonly DateRecognizer _dates;
    private readonly IReadOnlyDictionary<string, string> _aliases;

    public HeaderReader(MinutesDefinitions definitions, PatternTemplate template, DateRecognizer dates)
    {
        var layout = definitions.Layout;
        _field = template.Compile(layout.HeaderField, RegexOptions.IgnoreCase);
        _otherLabel = template.Compile(layout.OtherHeaderLabel);
        _continuesAfter = template.Compile(definitions.Text.TitleContinuesAfter);
        _issueDate = template.Compile(layout.IssueDate, RegexOptions.IgnoreCase);
        _issueStamp = template.Compile(layout.IssueDateStamp);
        _language = template.Compile(layout.Language);
        _documentNumber = template.Compile(layout.DocumentNumber);
        _code = template.Compile(layout.ClassificationCode);
        _kinds = layout.Kinds.Select(k => template.Compile(k)).ToList();
        _dates = dates;
        _aliases = new Dictionary<string, string>(layout.HeaderLabelAliases ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
    }

    public HeaderBlock Read(IReadOnlyList<string> heading)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>();
        var free = new List<string>();
        string? open = null;
        for (var i = 0; i < heading.Count; i++)
        {
            var line = heading[i];
            if (line == TextNormaliser.ParagraphBreak)
            {
                open = open is "Subject" or "To" && fields.TryGetValue(open, out var subject) && i + 1 < heading.Count
                    && (GoesOn(subject, heading[i + 1]) || open == "Subject" && (DashLed(heading[i + 1]) || DatesSubject(subject, heading[i + 1])))
                    ? open : null;
                continue;
            }

            var match = _field.Match(line);
            if (match.Success)
            {
                var label = Label(match.Groups["label"].Value);
                var value = match.Groups["value"].Value.Trim();
                open = value.Length > 0 ? label : null;
                if (value.Length > 0)
                {
                    fields[label] = value;
                }
                else
                {
                    pending.Enqueue(label);
                }
            }
            else if (_otherLabel.Match(line) is { Success: true } other)
            {
                // A label nobody listed ("No. Cion doc.:") still holds its place in a column of labels.
                pending.Enqueue(Label(other.Groups["label"].Value));
                open = null;
            }
            else if (pending.Count > 0 && !(open == "To" && IsBracketed(line)) && !(open is not null && fields.TryGetValue(open, out var cut) && _continuesAfter.IsMatch(cut)))
            {
                open = pending.Dequeue();
                fields[open] = line;
            }
            else if (open is not null && fields.TryGetValue(open, out var value)
                && (open == "To" && IsBracketed(line) || open == "Subject" && (DashLed(line) || Wraps(value, line)) || open is "Subject" or "To" && _continuesAfter.IsMatch(value)
                    || !StartsOtherPart(line) && !(open == "Subject" && EndsOnDay(value))))
            {
                fields[open] = $"{value} {line}";
            }
            else
            {
                open = null;
                free.Add(line);
            }
        }

        var freeText = string.Join("\n", free);
        return new HeaderBlock(fields, IssueDate(free), DocumentNumber(freeText), Codes(freeText), Kind(free, fields));
    }

    /// <summary>
    /// "(Locks and Weirs)" on a line of its own: a configuration going on the body of the To: value before it, even in a
    /// column of values, where no label's value is only a bracket.
    /// </summary>
    private static bool IsBracketed(string line) => line.Length > 2 && line[0] == '(' && line[^1] == ')' && line.IndexOf(')') == line.Length - 1;

    private bool GoesOn(string value, string next) =>
        next.Length > 0 && (_continuesAfter.IsMatch(value) || char.IsLower(next[0]) || next[0] == '(') && !_field.IsMatch(next);

    /// <summary>
    /// "Joint meeting of the Working Party on Reefs and the Working" then "Party on Tides, 4 May 2031": a Subject that gives
    /// no day yet goes on over a line that ends on a day of a year, unless that line is a label or the issue date; a
    /// Subject that ends on its day is whole (the line after it is the heading's, "Joint REEF/TIDE").
    /// </summary>
    private bool DatesSubject(string subject, string next)
    {
        if (_field.IsMatch(next) || _otherLabel.IsMatch(next) || StartsOtherPart(next) || _dates.Recognize(subject).Any(IsDay))
        {
            return false;
        }

        return EndsOnDay(next);
    }

    /// <summary>
    /// "... of the Working Party on Reeds" then "(Estuaries) on 9 June 2036 – Summary of discussions": a Subject that gives
    /// no day yet goes on over a line led by a bracket or in lower case, though that line names the kind of record.
    /// </summary>
    private bool Wraps(string subject, string line) =>
        line.Length > 0 && (line[0] == '(' || char.IsLower(line[0])) && !_field.IsMatch(line) && !_dates.Recognize(subject).Any(IsDay);

    /// <summary>"..., 20 October 2031": the text ends on a day of a year (a full stop or closing bracket aside).</summary>
    private bool EndsOnDay(string text)
    {
        var mentions = _dates.Recognize(text);
        var last = mentions.Count > 0 ? mentions[^1] : null;
        return last is not null && IsDay(last) && text[(last.Index + last.Length)..].Trim().TrimEnd('.', ')').Length == 0;
    }

    private static bool IsDay(DateMention mention) => mention is { Precision: DatePrecision.Day, HasYear: true };

    /// <summary>"– Summary of the videoconference of ..., 3 March 2033": the Subject's last part, led by a dash.</summary>
    private static bool DashLed(string line) => line.Length > 2 && line[0] is '-' or '\u2013' or '\u2014' && line[1] == ' ';

    /// <summary>"Meeting on" is the On: label and "of" the To: label (the aliases the definitions list); any other label as written.</summary>
    private string Label(string written)
    {
        var label = char.ToUpperInvariant(written[0]) + Regex.Replace(written[1..], @"\s+", " ").ToLowerInvariant();
        return _aliases.TryGetValue(label, out var alias) ? alias : label;
    }

    private bool StartsOtherPart(string line) =>
        _issueDate.IsMatch(DateRecognizer.Mask(line, _dates.Recognize(line))) || _kinds.Any(k => k.IsMatch(line));

    /// <summary>"Brussels, 7 February 2020"; else, on a working paper with no such line, the stamp beside its number ("WK 6517/2020 (12.08.2020)").</summary>
    private DateMention? IssueDate(IReadOnlyList<string> lines) =>
        lines.Select(line => Stamped(line, _issueDate)).FirstOrDefault(d => d is not null)
        ?? lines.Select(line => Stamped(line, _issueStamp)).FirstOrDefault(d => d is not null);

    private DateMention? Stamped(string line, Regex stamp)
    {
        var mentions = _dates.Recognize(line);
        var match = stamp.Match(DateRecognizer.Mask(line, mentions));
        return match.Success ? mentions[int.Parse(match.Groups["date"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)] : null;
    }

    /// <summary>The first document number after "(OR. en)", or the first in the header's free lines.</summary>
    private string? DocumentNumber(string text)
    {
        var language = _language.Match(text);
        var after = language.Success ? _documentNumber.Match(text, language.Index + language.Length) : Match.Empty;
        var number = after.Success ? after : _documentNumber.Match(text);
        return number.Success ? Regex.Replace(number.Value, @"\s+", " ") : null;
    }

    private IReadOnlyList<string> Codes(string text)
    {
        var number = _documentNumber.Match(text);
        var from = number.Success ? number.Index + number.Length : 0;
        var kind = _kinds.Select(k => k.Match(text)).Where(m => m.Success).Select(m => m.Index).DefaultIfEmpty(text.Length).Min();
        return kind <= from ? [] : _code.Matches(text[from..kind]).Select(m => Regex.Replace(m.Value, @"\s+", " ")).ToList();
    }

    /// <summary>
    /// The kind of record as the header names it ("OUTCOME OF PROCEEDINGS"), else the Subject's, else one a free line
    /// says in passing after an article ("Delegations will find below a summary of the videoconference"). A header's kind
    /// that leaves out the videoconference its own line names ("INFORMAL VIDEOCONFERENCE - SUMMARY OF DISCUSSIONS") gives
    /// way to the Subject's when that names it ("Summary of the informal videoconference of ...").
    /// </summary>
    private string? Kind(IReadOnlyList<string> lines, IReadOnlyDictionary<string, string> fields)
    {
        var subject = fields.TryGetValue("Subject", out var value) ? [value] : Array.Empty<string>();
        var heading = lines.Select(line => (Line: line, Kind: KindIn(line, inPassing: false))).FirstOrDefault(k => k.Kind is not null);
        var named = heading.Kind is { } headed && !Remote().IsMatch(headed) && Remote().IsMatch(heading.Line)
                && subject.Select(text => KindIn(text, inPassing: true)).FirstOrDefault() is { } remote && Remote().IsMatch(remote)
            ? remote
            : heading.Kind ?? subject.Concat(lines).Select(text => KindIn(text, inPassing: true)).FirstOrDefault(kind => kind is not null);
        return named is null ? null : Regex.Replace(named, @"\s+", " ");
    }

    private string? KindIn(string text, bool inPassing) =>
        _kinds.SelectMany(kind => kind.Matches(text))
            .FirstOrDefault(match => inPassing || !AfterArticle().IsMatch(text[..match.Index]))?.Value;

    [GeneratedRegex(@"\b(?:a|an|the)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterArticle();

    [GeneratedRegex(@"\bvideo\s*conference\b", RegexOptions.IgnoreCase)]
    private static partial Regex Remote();
}
