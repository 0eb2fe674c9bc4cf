namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Writes the meeting body's own name, in full, without its bracketed qualifier or as its bracketed acronym, as
/// "Working Party" in a masked sentence, so that the cues read "the Working Party on Forestry would reconvene on" as
/// our meeting and another body's name stays another body's. In a joint meeting, each body the Subject: or the body's own
/// name names is ours ("... of the X and of the Horizontal Y"), and so is each short name of its note "(Joint A/B)"; an acronym the Subject:
/// brackets right after the body's name is ours too, and so is a header code that is the body's acronym (<see cref="BodyCodes"/>).
/// A working party addressed under its committee ("Trade Committee (Tariffs Working Party)") is ours by its own name too.
/// </summary>
public sealed class OwnBodyMentions
{
    private const string Generic = "Working Party";
    private static readonly Regex Bracketed = new(@"\s*\((?<inner>[^()]+)\)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Acronym = new(@"^\p{Lu}[\p{Lu}0-9&/-]{1,9}$", RegexOptions.CultureInvariant);
    private static readonly Regex JointMeeting = new(@"\bjoint\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex JointBody = new(
        @"\b(?:(?!The\b|And\b|Of\b)\p{Lu}[\w-]+\s+)?(?:Working\s+Party|Working\s+Group|Committee)\s+(?:on|for|of)\s+(?:the\s+)?\p{Lu}[^()/;,]*?(?:\s*\([^()]{2,30}\))?(?=\s+and\s+(?:of\s+)?(?:the\s+)?(?:\p{Lu}[\w-]+\s+)?(?:Working|Committee)|\s*/|\s*,|\s+held\b|\s+on\s+[0-9]|\s*$)",
        RegexOptions.CultureInvariant);

    /// <summary>"Working Party on Inland Harbours", also written "the Inland Harbours Working Party" (one to three capitalised words).</summary>
    private static readonly Regex Inverted = new(
        @"^(?<head>Working\s+Party|Working\s+Group|Committee)\s+on\s+(?:the\s+)?(?<topic>\p{Lu}[\w-]+(?:\s+\p{Lu}[\w-]+){0,2})$",
        RegexOptions.CultureInvariant);

    /// <summary>A bracket that is itself a body's name ("(Tariffs Working Party)"), not a configuration ("(Tariffs)").</summary>
    private static readonly Regex BracketedBody = new(@"\s(?:Working\s+Party|Working\s+Group|Committee)\b|\b(?:Working\s+Party|Working\s+Group|Committee)\s+(?:on|for|of)\s", RegexOptions.CultureInvariant);

    private static readonly Regex HeadNoun = new(@"\b(?<head>Committee|Forum|Network|Group)\b", RegexOptions.CultureInvariant);

    private readonly Regex? _names;

    /// <summary>"the Committee" in the minutes of a Committee: its head noun after "the", "our" or "this", not naming another ("the Committee on X").</summary>
    private readonly Regex? _head;

    /// <summary>A joint meeting's note after its bodies' names: "(Joint ORCH/FLUTE)", whose short names are ours.</summary>
    private static readonly Regex JointNote = new(@"^Joint\s+(?<names>\S+/\S+)$", RegexOptions.CultureInvariant);

    /// <param name="body">The body that met.</param>
    /// <param name="subject">The Subject: field; when it names a joint meeting, each body it names is ours too.</param>
    /// <param name="codes">
    /// The header's classification codes ("COLAC 71"): those <see cref="BodyCodes"/> tells are the body's acronym name
    /// it in any case and with "WP" or "Working Party" after it ("the Colac WP"); the others are filing, or other bodies ("COPS").
    /// </param>
    public OwnBodyMentions(string body, string? subject = null, IEnumerable<string>? codes = null)
    {
        var names = new List<string>();
        var noted = new HashSet<string>(StringComparer.Ordinal);
        var bodies = new List<string> { body };
        if (Bracketed.Match(body) is { Success: true } under && BracketedBody.IsMatch(under.Groups["inner"].Value))
        {
            // "Trade Committee (Tariffs Working Party)": the working party the committee's name brackets is the body that met.
            bodies.Add(under.Groups["inner"].Value.Trim());
        }

        var coded = bodies.SelectMany(one => BodyCodes.OwnAcronyms(one, codes ?? [], subject)).Distinct(StringComparer.Ordinal).ToList();
        if (subject is not null && JointMeeting.IsMatch(subject))
        {
            bodies.AddRange(JointBody.Matches(subject).Select(m => m.Value.Trim()));
        }

        // A joint meeting's name ("the X (XA) and the Y"): each body in it is ours, with its bracketed acronym.
        var inName = JointBody.Matches(body).Select(m => m.Value.Trim()).Where(one => one != body).ToList();
        if (inName.Count > 1)
        {
            bodies.AddRange(inName);
        }

        foreach (var one in bodies)
        {
            names.Add(one);
            if (subject is not null && !Bracketed.IsMatch(one)
                && Regex.Match(subject, Regex.Escape(one).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"\s*\((?<inner>[^()]+)\)", RegexOptions.CultureInvariant) is { Success: true } written
                && Acronym.IsMatch(written.Groups["inner"].Value))
            {
                names.Add(written.Groups["inner"].Value);
            }

            if (Inverted.Match(one.Trim()) is { Success: true } inverted)
            {
                names.Add(inverted.Groups["topic"].Value + " " + inverted.Groups["head"].Value);
            }

            if (Bracketed.Match(one) is { Success: true } bracket)
            {
                names.Add(one[..bracket.Index]);
                if (Acronym.IsMatch(bracket.Groups["inner"].Value))
                {
                    names.Add(bracket.Groups["inner"].Value);
                }

                if (JointNote.Match(bracket.Groups["inner"].Value) is { Success: true } joint)
                {
                    noted.UnionWith(joint.Groups["names"].Value.Split('/').Append(joint.Groups["names"].Value));
                    names.AddRange(noted);
                }
            }
        }

        var specific = names.Where(n => n.Trim().Contains(' ') || Acronym.IsMatch(n.Trim()) || noted.Contains(n))
            .Where(n => !string.Equals(n.Trim(), Generic, StringComparison.OrdinalIgnoreCase))
            .Select(n => (Length: n.Trim().Length, Pattern: Regex.Escape(n.Trim()).Replace(@"\ ", @"\s+", StringComparison.Ordinal)))
            .Concat(coded.Select(c => (Length: c.Length + 14, Pattern: $@"(?i:{Regex.Escape(c)}(?:\s+(?:WP|Working\s+Party))?)")))
            .OrderByDescending(n => n.Length)
            .Select(n => n.Pattern)
            .ToList();
        _head = HeadNoun.Match(body) is { Success: true } head && !body.Contains("Working", StringComparison.Ordinal)
            ? new Regex(@"(?<=\b(?:[Tt]he|[Oo]ur|[Tt]his)\s+)" + head.Groups["head"].Value + @"\b(?!\s+(?:on|of|for)\s+\p{Lu})(?!\s*\()", RegexOptions.CultureInvariant)
            : null;
        _names = specific.Count == 0 ? null
            : new Regex(@"(?<![\w-])(?:" + string.Join("|", specific) + @")(?![\w-])", RegexOptions.CultureInvariant);
    }

    public AnalysedSentence Generalise(AnalysedSentence sentence)
    {
        var masked = _names is null ? sentence.Masked : _names.Replace(sentence.Masked, Generic);
        masked = _head is null ? masked : _head.Replace(masked, Generic);
        return ReferenceEquals(masked, sentence.Masked) || masked == sentence.Masked ? sentence : sentence with { Masked = masked };
    }
}
