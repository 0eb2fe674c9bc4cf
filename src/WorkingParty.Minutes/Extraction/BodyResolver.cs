using System.Text.RegularExpressions;
using WorkingParty.Minutes.Definitions;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Decides which body met: what the uploader stated; else the body the header's Subject, To: or From: field names (a
/// known one first), then any heading line; else a known body the file name or the text names ("HWP on Cyber Issues");
/// else "Working party".
/// </summary>
public sealed class BodyResolver
{
    private readonly MeetingDefinitions _meeting;
    private readonly Regex _headingBody;
    private readonly IReadOnlyList<(BodyDefinition Body, Regex Alias)> _known;

    public BodyResolver(MinutesDefinitions definitions, PatternTemplate template)
    {
        _meeting = definitions.Meeting;
        _headingBody = template.Compile(_meeting.HeadingBody, RegexOptions.Multiline);
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
        var fields = string.Join("\n", new[] { header.Field("Subject"), header.Field("To"), header.Field("From") }.OfType<string>());
        foreach (var place in new[] { fields, headingText })
        {
            if (MostNamed(place) is { } known)
            {
                return known;
            }

            if (_headingBody.Match(place) is { Success: true } named)
            {
                return Named(Regex.Replace(named.Groups["body"].Value.Trim(), @"\s+", " "));
            }
        }

        var fileName = Path.GetFileNameWithoutExtension(sourceFile).ToLowerInvariant();
        var byFileName = _meeting.Bodies.FirstOrDefault(b => b.FileNameTokens.Any(t => fileName.Contains(t, StringComparison.Ordinal)));
        if (byFileName is not null)
        {
            return new MeetingBody(byFileName.Name, byFileName.Slug);
        }

        return MostNamed(text) ?? Named(_meeting.DefaultBody);
    }

    private MeetingBody? MostNamed(string text) =>
        _known.Select(k => (k.Body, Count: k.Alias.Count(text)))
            .Where(k => k.Count > 0)
            .OrderByDescending(k => k.Count)
            .Select(k => new MeetingBody(k.Body.Name, k.Body.Slug))
            .FirstOrDefault();

    private MeetingBody Named(string name)
    {
        var known = _known.FirstOrDefault(k => k.Alias.Match(name) is { Success: true } m && m.Length == name.Length).Body;
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
