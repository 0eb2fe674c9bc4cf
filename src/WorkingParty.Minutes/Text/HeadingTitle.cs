namespace WorkingParty.Minutes.Text;

/// <summary>
/// Reads the title of an item or sub-item heading: it may wrap onto following lines, and in text that lost its line
/// breaks it runs straight into the first sentence ("Adoption of the agenda The WPI adopted ..."), which is cut off
/// where a sentence visibly starts and handed back as body.
/// </summary>
public sealed partial class HeadingTitle
{
    private const int MinimumBody = 30;
    private const int MinimumBodyWords = 8;
    [GeneratedRegex(@"[.;!?]\s+\p{Lu}\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceInside();

    private readonly Regex _continuesAfter;
    private readonly Regex _continuationStart;
    private readonly Regex _continuesOverWrap;
    private readonly Regex _endsBefore;
    private readonly Regex _wordBeforeEnd;
    private readonly Regex? _references;
    private readonly int _maxLength;

    public HeadingTitle(MinutesDefinitions definitions, PatternTemplate template)
    {
        _continuesAfter = template.Compile(definitions.Text.TitleContinuesAfter);
        _continuationStart = template.Compile(definitions.Text.TitleContinuationStart);
        _continuesOverWrap = template.Compile(definitions.Text.TitleContinuesOverWrap);
        _endsBefore = template.Compile(definitions.Layout.TitleEndsBefore);
        _wordBeforeEnd = template.Compile(definitions.Layout.TitleWordsBeforeEnd);
        _references = definitions.Layout.TitleReferences is { Length: > 0 } references ? template.Compile(references) : null;
        _maxLength = definitions.Text.MaxItemTitleLength;
    }

    public int MaxLength => _maxLength;

    /// <summary>The title, and the start of the body when the heading line ran on into it.</summary>
    public (string Title, string? BodyStart) Split(string heading)
    {
        foreach (Match end in _endsBefore.Matches(heading))
        {
            var title = heading[..end.Index].TrimEnd();
            var body = heading[(end.Index + 1)..];
            if (title.Length > 0 && !_wordBeforeEnd.IsMatch(title) && title[^1] is not (',' or ';' or ':' or '-') && !InsideBracket(title, body)
                && body.Length >= MinimumBody && (body.IndexOfAny(['.', ':', ';']) >= 0 || body.Count(c => c == ' ') >= MinimumBodyWords))
            {
                return (title, body);
            }
        }

        return (heading, null);
    }

    /// <summary>
    /// The title without the document references closing it unbracketed ("... touring visa doc. 8120/31 VISA 17"), and
    /// those references (null when there are none): a reader sees them as the item's documents, not its name.
    /// </summary>
    public (string Title, string? References) WithoutReferences(string title) =>
        _references?.Match(title) is { Success: true } match
            ? (title[..match.Index], title[match.Index..].TrimStart(' ', '-', '\u2013'))
            : (title, null);

    /// <summary>Whether the line reads as a whole title: no stop at its end, no dangling "of the", no sentence in it.</summary>
    public bool IsWholeTitle(string line) =>
        line.Length <= _maxLength / 2 && line[^1] is not ('.' or ';' or ':' or ',') && !_wordBeforeEnd.IsMatch(line)
        && !_continuesAfter.IsMatch(line) && Split(line).BodyStart is null;

    /// <summary>
    /// Whether <paramref name="line"/>, after a paragraph break, carries on a title that was cut there (as when each
    /// printed line became a paragraph): the title ends on a word no title ends on, the line goes on in lower case, in
    /// brackets or after a dash ("– debriefing by the Presidency"), the title fills the width of a document whose paragraphs are its printed lines,
    /// its last line was wrapped at the width of the text and the paragraph is a short ending starting with a word ("... of the European"
    /// then "Union (ST 8120/31)"; a paragraph starting with a number is not), or the title left a bracket open and the paragraph closes it
    /// ("... (ST 8120/31 + ADD 1;" then "COM(2031) 88 final)").
    /// </summary>
    public bool ContinuesOverBreak(string title, string lastLine, string line, PrintedLines printed) =>
        line != TextNormaliser.ParagraphBreak
        && title.Length + line.Length < _maxLength
        && (_continuesAfter.IsMatch(title) || char.IsLower(line[0]) || line[0] == '(' || DashBeforeLowerCase(line) || printed.RunsOn(lastLine)
            || char.IsLetter(line[0]) && EndsWrappedTitle(title, line, lastLine, printed)
            || OpenBracket(title) && ClosesBracket(line) && !StartsSentence(line));

    /// <summary>
    /// Whether <paramref name="line"/> carries on a title that wrapped: the title ends on a word no title ends on, the
    /// line goes on in lower case, with "No 995/2010" or with a dash before lower case ("– presentation by the Cion"), or
    /// the title ends on "amending", "(EU)" or a colon or leaves a bracket open and the line starts no sentence, or the
    /// title's last printed line was wrapped at the width of the text and the line is a short ending (or a full line
    /// ending on a word no title ends on) that starts no sentence and ends on no stop. A line in lower case, or after a title
    /// ending on a word no title ends on ("... and Directives (EU)" then "2019/771 ..."), goes on even past the usual length
    /// of a title ("... on food and feed" then "of plant and animal origin, as regards ..."); so does the short last line of a
    /// title wrapped at the width of the text ("... borders of the Member" then "States of the European Union").
    /// </summary>
    public bool ContinuesWith(string title, string line, string lastLine, PrintedLines printed) =>
        line != TextNormaliser.ParagraphBreak
        && (title.Length + line.Length < _maxLength
            || title.Length < _maxLength && (char.IsLower(line[0]) || CannotEnd(title) || EndsWrappedTitle(title, line, lastLine, printed)))
        && (_continuesAfter.IsMatch(title) || _continuationStart.IsMatch(line)
            || (_continuesOverWrap.IsMatch(title) || OpenBracket(title)) && !StartsSentence(line)
            || EndsWrappedTitle(title, line, lastLine, printed));

    /// <summary>
    /// Whether the title's last printed line was wrapped at the width of the text and <paramref name="line"/> is a short
    /// ending (or a full line ending on a word no title ends on) that starts no sentence and ends on no stop.
    /// </summary>
    private bool EndsWrappedTitle(string title, string line, string lastLine, PrintedLines printed) =>
        printed.Wrapped(lastLine) && (line.Length < printed.WrapWidth || _continuesAfter.IsMatch(line)) && line[^1] is not ('.' or ';' or ':' or ',')
        && !StartsSentence(line) && Split($"{title} {line}").BodyStart is null;

    /// <summary>A title ending on a word no title ends on ("of", "(EU)", "amending"): it goes on even past the usual length.</summary>
    private bool CannotEnd(string title) => _continuesAfter.IsMatch(title) || _continuesOverWrap.IsMatch(title);

    /// <summary>"... markets (Single CMO": a bracket the title opened and has not closed yet.</summary>
    private static bool OpenBracket(string title) => title.Count(c => c == '(') > title.Count(c => c == ')');

    /// <summary>
    /// "... (The Kingdom of Northland v." then "The Republic of Eastland) The Commission ...": a bracket the title opened
    /// and the text after closes before opening one of its own; no title ends inside it.
    /// </summary>
    private static bool InsideBracket(string title, string rest) =>
        OpenBracket(title) && rest.IndexOf(')') is >= 0 and var close && rest.IndexOf('(', 0, close) < 0;

    /// <summary>"COM(2031) 88 final)": a line closing a bracket opened before it.</summary>
    private static bool ClosesBracket(string line) => line.Count(c => c == ')') > line.Count(c => c == '(');

    /// <summary>Whether a heading too long for a title still reads as one: one unbroken phrase, no sentence in it.</summary>
    public static bool IsUnbrokenHeading(string heading) =>
        heading[^1] is not ('.' or ';') && !SentenceInside().IsMatch(heading);

    private bool DashBeforeLowerCase(string line) => line[0] is '-' or '\u2013' && _continuationStart.IsMatch(line);

    private bool StartsSentence(string line) => _endsBefore.Match($" {line} ") is { Success: true, Index: 0 };

}
