using System.Text;

namespace WorkingParty.Cards.Presentation;

/// <summary>Builds the plain-text form of an answer: a title line, then indented entries separated by blank lines.</summary>
internal sealed class PlainText
{
    private readonly StringBuilder _text = new();

    public PlainText Title(string title, string? subtitle = null)
    {
        _text.AppendLine(title);
        if (subtitle is not null) _text.AppendLine(subtitle);
        return this;
    }

    public PlainText Entry(string first, params IEnumerable<string?> details)
    {
        _text.AppendLine().Append("- ").AppendLine(first);
        foreach (var detail in details)
        {
            if (detail is not null) _text.Append("  ").AppendLine(detail);
        }
        return this;
    }

    public PlainText Paragraph(string text)
    {
        _text.AppendLine().AppendLine(text);
        return this;
    }

    public PlainText Footer(ListPage page, int total)
    {
        if (page.StartIn(total) > 0 || total > page.Size) _text.AppendLine().AppendLine(page.FooterText(total));
        return this;
    }

    /// <summary>The text without its trailing blank lines, cut from the builder rather than trimmed from a copy of it.</summary>
    public override string ToString()
    {
        var end = _text.Length;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1])) end--;
        return _text.ToString(0, end);
    }
}
