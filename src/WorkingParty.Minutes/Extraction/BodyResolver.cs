namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Decides which body met: what the uploader stated; else the body the header's To: field names (one complete line,
/// read whole even when the name says no "Working Party", unless it only addresses "Delegations" or is the committee a
/// working party the Subject names reports to; of "A / B", A; of "Joint A / B", "A and B"), then the Subject or
/// From: field (a known body first), then any heading line; else a known body the file name or the text names ("HWP on
/// Cyber Issues"); else "Working party". A session heading, date or place glued onto the name is no part of it.
/// A classification code in the header lines ("GENVAL 77") is filing, not naming: a known body's alias met only as a
/// code counts after every name the header writes out. A short name written before "(full name)" stays with it. A full name
/// the To:, Subject or From: field writes out before a known body's bracketed acronym is kept as written, with the known
/// body's slug, and so is another full name of the known body ("Terrorism Working Party"); a known body's configuration
/// ("... (Customs)") is a body of its own, slugged with it, named as written ("Working Party on Financial Services
/// (Pensions)") or, after a short name ("LEWP (Customs)"), by the known body's full name. A To: or Subject
/// that is nothing but a body's name ("Code of Conduct Group (Harbour Dues)", "Article 36 Committee") is read whole, and so
/// is a To:, Subject or From: name led by a body noun and closed by its short name, over two lines too ("Coordinating
/// Committee in the area of harbour and tidal" then "cooperation matters (CHTC)").
/// </summary>
public sealed partial class BodyResolver
{
    [GeneratedRegex(@"(?<short>(?:(?!(?:The|Summary|Outcome|Subject|Meeting|Minutes|Record|Report)\b)\p{Lu}[\w/&-]*\x20+){0,3}(?!(?:The|Summary|Outcome|Subject|Meeting|Minutes|Record|Report)\b)\p{Lu}[\w/&-]*)\x20*\(\s*$")]
    private static partial Regex ShortNameBefore();
    [GeneratedRegex(@"\s+/\s+(?=\p{Lu})")]
    private static partial Regex TwoBodies();
    [GeneratedRegex(@"^\s*Joint\s+(?=\p{Lu})")]
    private static partial Regex JointBefore();
    [GeneratedRegex(@"^\s*Joint\s+(?<a>\p{Lu}[\p{L}\d&-]{1,11})\s*/\s*(?<b>\p{Lu}[\p{L}\d&-]{1,11})\s*$")]
    private static partial Regex JointShortNames();
    [GeneratedRegex(@"\bJoint\s+(?<a>\p{Lu}[\p{Lu}\d&-]{1,11})\s*/\s*(?<b>\p{Lu}[\p{Lu}\d&-]{1,11})\b")]
    private static partial Regex JointShortNamesWritten();
    [GeneratedRegex(@"^the\s+")]
    private static partial Regex LeadingThe();
    [GeneratedRegex(@"\s+and\s+of\s+")]
    private static partial Regex AndOf();
    [GeneratedRegex(@"^(?!(?:The|Summary|Outcome|Members|Delegations|Meeting|Minutes|Record|Report)\b).*\b(?:Working\s+(?:Party|Group)|Committee|Group|Forum|Network)(?:\s*\([^()]+\))*$")]
    private static partial Regex WholeName();
    /// <summary>
    /// A name led by a body noun that goes on in small words (not "on", "for", "of", which a heading name reads) and is
    /// closed by its short name in capitals: "Coordinating Committee in the area of harbour and tidal cooperation matters (CHTC)".
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}'-])(?!(?:The|Summary|Outcome|Members|Delegations|Meeting|Minutes|Record|Report)\b)(?:\p{Lu}[\p{L}'-]*\s+){1,4}(?:Working\s+(?:Party|Group)|Committee|Group|Forum|Network)\s+(?!(?:on|for|of)\b)\p{Ll}[^()\n]{2,160}?\(\p{Lu}[\p{Lu}\d&/-]{1,11}\)")]
    private static partial Regex NameClosedByShortName();
    [GeneratedRegex(@"^(?:\s*\((?!Joint\b)[^()\n]{2,60}\))+")]
    private static partial Regex FollowingBrackets();
    [GeneratedRegex(@"\b(?:Working\s+(?:Party|Group)|Committee|Group|Forum)\b")]
    private static partial Regex BodyWord();
    [GeneratedRegex(@"\s*\((?<inner>[^()]+)\)$")]
    private static partial Regex TrailingBracket();
    [GeneratedRegex(@"[\s/,;:\-]+$")]
    private static partial Regex TrailingSeparators();
    private readonly MeetingDefinitions _meeting;
    private readonly Regex _headingBody;
    private readonly Regex? _jointBodies;
    private readonly Regex _addressees;
    private readonly Regex _addresseeBody;
    private readonly Regex _code;
    private readonly IReadOnlyList<Regex> _noise;
    private readonly IReadOnlyList<(BodyDefinition Body, Regex Alias)> _known;

    public BodyResolver(MinutesDefinitions definitions, PatternTemplate template)
    {
        _meeting = definitions.Meeting;
        _headingBody = template.Compile(_meeting.HeadingBody, RegexOptions.Multiline);
        _jointBodies = _meeting.JointBodies is { Length: > 0 } joint ? template.Compile(joint, RegexOptions.Multiline) : null;
        _addressees = template.Compile(_meeting.Addressees, RegexOptions.IgnoreCase);
        _addresseeBody = template.Compile(_meeting.AddresseeBody);
        _code = template.Compile(definitions.Layout.ClassificationCode);
        _noise = _meeting.BodyNoise.Select(n => template.Compile(n)).ToList();
        _known = _meeting.Bodies
            .Select(b => (b, template.Compile(@"(?<![\w-])(?:" + string.Join("|", b.Aliases.OrderByDescending(a => a.Length).Select(Regex.Escape)) + @")(?![\w-])")))
            .ToList();
    }

    public MeetingBody Resolve(string? stated, HeaderBlock header, IReadOnlyList<string> heading, string sourceFile, string text)
    {
        if (!string.IsNullOrWhiteSpace(stated))
        {
            return Named(stated.Trim());
        }

        var headingText = string.Join("\n", heading);
        var fields = string.Join("\n", new[] { header.Field("Subject"), header.Field("From") }.OfType<string>());
        if (JointOfShortNames(header.Field("To"), fields, headingText) is { } joint)
        {
            return joint;
        }

        if (JointMeetingOf(header.Field("Subject") ?? "", headingText) is { } jointMeeting)
        {
            return jointMeeting;
        }

        if (Addressed(header.Field("To")) is { } addressed && !ReportsToCommittee(header.Field("To")!, header.Field("Subject")))
        {
            return addressed;
        }

        if (header.Field("Subject") is { } subject && Clean(subject) is var name && WholeName().IsMatch(name) && _addresseeBody.IsMatch(name))
        {
            return MostNamed(name) is { } known ? AsWritten(name, known) : Named(name);
        }

        // "Summary of discussions of the Coordinating Committee in the area of ... criminal matters (CHTC)": that name whole,
        // never a known body whose name the long one holds.
        if (NameClosedByShortName().Match(fields) is { Success: true } closed)
        {
            return Named(closed.Value);
        }

        foreach (var (place, uncoded) in new[] { (fields, fields), (headingText, _code.Replace(headingText, " ")) })
        {
            if (MostNamed(uncoded) is { } known)
            {
                return _headingBody.Match(place) is { Success: true } full ? AsWritten(Clean(WithShortName(place, full)), known) : known;
            }

            if (_headingBody.Match(place) is { Success: true } written)
            {
                return Named(WithShortName(place, written));
            }
        }

        if (MostNamed(string.Join(" ", header.Codes)) is { } filed)
        {
            return filed;
        }

        var fileName = Path.GetFileNameWithoutExtension(sourceFile).ToLowerInvariant();
        var byFileName = _meeting.Bodies.FirstOrDefault(b => b.FileNameTokens.Any(t => fileName.Contains(t, StringComparison.Ordinal)));
        if (byFileName is not null)
        {
            return new MeetingBody(byFileName.Name, byFileName.Slug);
        }

        return MostNamed(text) ?? Named(_meeting.DefaultBody);
    }

    /// <summary>
    /// The outcome of a working party's meeting addressed to the committee it reports to: To: a committee that names no
    /// working party ("Special Committee on Fisheries"), the Subject a working party ("Working Party on Shellfish –
    /// outcome of the meeting"); the working party met.
    /// </summary>
    private bool ReportsToCommittee(string to, string? subject) =>
        Committee().IsMatch(to) && !WorkingPartyWord().IsMatch(to)
        && subject is not null && _headingBody.Match(subject) is { Success: true } named && WorkingPartyWord().IsMatch(named.Groups["body"].Value);

    [GeneratedRegex(@"\bCommittee\b")]
    private static partial Regex Committee();
    [GeneratedRegex(@"\bWorking\s+(?:Party|Group)\b")]
    private static partial Regex WorkingPartyWord();

    /// <summary>The body the To: field names: a known one, a Working Party or Committee in it, or the whole field when it reads as a name.</summary>
    private MeetingBody? Addressed(string? to)
    {
        if (string.IsNullOrWhiteSpace(to))
        {
            return null;
        }

        // "A /" then "B" on the next line: two bodies addressed; the first, read in full, is the one that met; "Joint A / B": both met.
        if (JointOfTwo(to) is { } joint)
        {
            return Named(joint);
        }

        var value = Clean(FirstOfTwo(to));
        if (_addressees.IsMatch(value))
        {
            return null;
        }

        var written = WholeName().IsMatch(value) && _addresseeBody.IsMatch(value) ? value
            : _headingBody.Match(value) is { Success: true } named ? WithShortName(value, named)
            : _addresseeBody.Match(value) is { Success: true } whole ? whole.Groups["body"].Value
            : NameClosedByShortName().Match(value) is { Success: true } closed && closed.Length == value.Length ? value
            : null;
        return (MostNamed(value), written) switch
        {
            ({ } known, { } name) => AsWritten(Clean(name), known),
            (null, { } name) => Named(name),
            (var known, null) => known,
        };
    }

    /// <summary>
    /// A name written out in full beside a known body's alias: the name as written when the alias is only the bracketed
    /// short name after another full name ("Working Party on Counter-Terrorism Policy (TWP)", kept whole: questions name the
    /// body by it), with the known body's slug; else the known body.
    /// </summary>
    private MeetingBody AsWritten(string written, MeetingBody known)
    {
        var alias = _known.First(k => k.Body.Slug == known.Slug).Alias;
        var bare = TrailingBracket().Replace(written, m => Whole(alias, m.Groups["inner"].Value) ? "" : m.Value);
        if (alias.IsMatch(written) && !alias.IsMatch(bare))
        {
            return new MeetingBody(written, known.Slug);
        }

        // "Law Enforcement Working Party (Customs)", "LEWP (Customs)": a configuration of the known body, a body of its own,
        // named as written when the minutes write a full name (never a later, longer name of the body), else by the body's full name.
        if (TrailingBracket().Match(bare) is { Success: true } qualifier && Whole(alias, bare[..qualifier.Index].Trim()))
        {
            var parent = BodyWord().IsMatch(bare[..qualifier.Index]) ? bare[..qualifier.Index].Trim() : known.Name;
            return new MeetingBody($"{parent} {qualifier.Value.Trim()}", $"{known.Slug}-{Slug(qualifier.Groups["inner"].Value)}");
        }

        // "Terrorism Working Party (TWP)": another full name of the known body is kept as the minutes write it.
        return Whole(alias, bare.Trim()) && bare.Trim() != known.Name && BodyWord().IsMatch(bare) ? new MeetingBody(written, known.Slug) : known;
    }

    private static bool Whole(Regex alias, string text) => alias.Match(text) is { Success: true } m && m.Length == text.Length;

    /// <summary>
    /// The name matched, with the short name written before it when the name is the bracketed full name ("Rail Safety
    /// Network (Working Party on Railway Safety)"); a closing bracket left without its opening one is dropped.
    /// </summary>
    private static string WithShortName(string place, Match named)
    {
        var body = named.Groups["body"].Value.TrimEnd();
        if (body.Count(c => c == ')') <= body.Count(c => c == '('))
        {
            return body;
        }

        if (ShortNameBefore().Match(place[..named.Index]) is { Success: true } before
            && before.Groups["short"].Value.Split(' ') is var words
            && (words.Length == 1 || words.Any(w => w.Any(char.IsLower))))
        {
            return $"{before.Groups["short"].Value} ({body}";
        }

        return body.TrimEnd(')').TrimEnd();
    }

    /// <summary>"A / B" outside brackets: A; a "/" inside a bracketed qualifier ("(Industry / Internal Market)") stays.</summary>
    private static string FirstOfTwo(string to) => Slash(to) is { } slash ? to[..slash.Index] : to;

    /// <summary>"Joint A / B", each side a body's name: the joint meeting of both, "A and B".</summary>
    private string? JointOfTwo(string to)
    {
        if (JointBefore().Match(to) is not { Success: true } joint || Slash(to) is not { } slash)
        {
            return null;
        }

        var (first, second) = (Clean(to[joint.Length..slash.Index]), Clean(to[(slash.Index + slash.Length)..]));
        return _headingBody.Match(first) is { Success: true } a && a.Length == first.Length
            && _headingBody.Match(second) is { Success: true } b && b.Length == second.Length
            ? $"{first} and {second}"
            : null;
    }

    /// <summary>
    /// "Joint A/B" of two short names: the joint meeting, never the known body one of them names, named by the full names
    /// the Subject (or else the heading) writes, as one name holding both bodies or each body it names joined by "and",
    /// with their brackets and the note "(Joint A/B)" so that either short name finds it; "Joint A/B" alone without them.
    /// </summary>
    private MeetingBody? JointOfShortNames(string? to, params string[] places)
    {
        if (to is null || JointShortNames().Match(to) is not { Success: true } joint)
        {
            return null;
        }

        var note = $"Joint {joint.Groups["a"].Value}/{joint.Groups["b"].Value}";
        var full = places
            .Select(place => _headingBody.Matches(place)
                .Select(m => Clean(m.Value + FollowingBrackets().Match(place[(m.Index + m.Length)..]).Value))
                .Distinct()
                .ToList())
            .Select(names => names.Count > 1 ? string.Join(" and ", names) : names.FirstOrDefault(n => BodyWord().Count(n) > 1))
            .FirstOrDefault(name => name is not null);
        return new MeetingBody(full is null ? note : $"{full} ({note})", Slug(full ?? note));
    }

    /// <summary>
    /// "the joint meeting of the Working Party on Reefs and the Working Party on Tides": both bodies as written ("Working
    /// Party on Reefs and the Working Party on Tides"), with the note "(Joint A/B)" when the place names them so too, so
    /// that either short name finds it.
    /// </summary>
    private MeetingBody? JointMeetingOf(params string[] places)
    {
        foreach (var place in places)
        {
            if (_jointBodies?.Match(place) is { Success: true } joint)
            {
                var bodies = AndOf().Replace(LeadingThe().Replace(Clean(joint.Groups["bodies"].Value), ""), " and ");
                var name = JointShortNamesWritten().Match(place) is { Success: true } note
                    ? $"{bodies} (Joint {note.Groups["a"].Value}/{note.Groups["b"].Value})"
                    : bodies;
                return new MeetingBody(name, Slug(name));
            }
        }

        return null;
    }

    /// <summary>The "/" parting two bodies, outside brackets, or null.</summary>
    private static Match? Slash(string to)
    {
        foreach (Match slash in TwoBodies().Matches(to))
        {
            var before = to[..slash.Index];
            if (before.Count(c => c == '(') == before.Count(c => c == ')'))
            {
                return slash;
            }
        }

        return null;
    }

    /// <summary>The name with its spaces made single and any glued session heading, date or place taken off.</summary>
    private string Clean(string name) =>
        TrailingSeparators().Replace(_noise.Aggregate(Regex.Replace(name.Trim(), @"\s+", " "), (current, noise) => noise.Replace(current, "")), "").Trim();

    private MeetingBody? MostNamed(string text) =>
        _known.Select(k => (k.Body, Count: k.Alias.Count(text)))
            .Where(k => k.Count > 0)
            .OrderByDescending(k => k.Count)
            .Select(k => new MeetingBody(k.Body.Name, k.Body.Slug))
            .FirstOrDefault();

    private MeetingBody Named(string written)
    {
        var name = Clean(written);
        var known = _known.FirstOrDefault(k => Whole(k.Alias, name)).Body;
        return known is not null ? new MeetingBody(known.Name, known.Slug) : new MeetingBody(name, Slug(name));
    }

    private string Slug(string name)
    {
        var shortened = _meeting.BodySlugWords.OrderByDescending(w => w.Key.Length)
            .Aggregate(name, (current, word) => Regex.Replace(current, Regex.Escape(word.Key), word.Value, RegexOptions.IgnoreCase));
        var words = Regex.Matches(shortened.ToLowerInvariant(), "[a-z0-9]+")
            .Select(m => m.Value)
            .Where(w => !_meeting.BodySlugStopWords.Contains(w))
            .Take(6);
        var slug = string.Join("-", words);
        return slug.Length > 0 ? slug : "meeting";
    }
}
