namespace WorkingParty.Minutes.Text;

/// <summary>
/// Finds prose glued to the header: the first sentences of the minutes following the Subject: or To: value with no
/// blank line between ("Subject: ... (Road Safety)" then "The Chair informed delegations ..."), or on the same line
/// after the value's last stop. The header ends where such a sentence starts.
/// </summary>
public sealed class GluedPreamble
{
    private readonly Regex _field;
    private readonly Regex? _opens;
    private readonly Regex? _inLine;

    public GluedPreamble(MinutesDefinitions definitions, PatternTemplate template)
    {
        var layout = definitions.Layout;
        _field = template.Compile(layout.HeaderField, RegexOptions.IgnoreCase);
        _opens = layout.PreambleStart is { Length: > 0 } opens ? template.Compile(opens) : null;
        _inLine = layout.PreambleInLine is { Length: > 0 } inLine ? template.Compile(inLine) : null;
    }

    /// <returns>The header and the prose after it, or null when no prose follows the Subject: or To: value.</returns>
    public (IReadOnlyList<string> Header, IReadOnlyList<string> Prose)? Split(IReadOnlyList<string> heading)
    {
        if (_opens is null)
        {
            return null;
        }

        var afterAddress = false;
        for (var i = 0; i < heading.Count; i++)
        {
            var line = heading[i];
            if (line == TextNormaliser.ParagraphBreak)
            {
                continue;
            }

            var field = _field.Match(line);
            if (field.Success)
            {
                var label = field.Groups["label"].Value;
                var addresses = label.Equals("Subject", StringComparison.OrdinalIgnoreCase) || label.Equals("To", StringComparison.OrdinalIgnoreCase);
                afterAddress |= addresses;
                if (addresses && _inLine?.Match(line, field.Groups["value"].Index) is { Success: true } stop)
                {
                    return At(heading, i, stop.Index);
                }

                continue;
            }

            if (!afterAddress)
            {
                continue;
            }

            if (_opens.IsMatch(line))
            {
                return At(heading, i, 0);
            }

            if (_inLine?.Match(line) is { Success: true } glued)
            {
                return At(heading, i, glued.Index);
            }
        }

        return null;
    }

    private static (IReadOnlyList<string>, IReadOnlyList<string>) At(IReadOnlyList<string> heading, int line, int offset)
    {
        var header = heading.Take(line).ToList();
        var head = heading[line][..offset].TrimEnd();
        if (head.Length > 0)
        {
            header.Add(head);
        }

        var prose = heading.Skip(line + 1).Prepend(heading[line][offset..].Trim()).ToList();
        return (header, prose);
    }
}
