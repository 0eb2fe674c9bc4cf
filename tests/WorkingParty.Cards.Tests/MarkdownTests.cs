using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Cards.Tests;

public sealed class MarkdownTests
{
    [Theory]
    [InlineData("*bold*", @"\*bold\*")]
    [InlineData("**strong** and _em_", @"\*\*strong\*\* and \_em\_")]
    [InlineData("<b>tag</b>", @"\<b\>tag\</b\>")]
    [InlineData("[link](http://x)", @"\[link\](http://x)")]
    [InlineData("`code` ~strike~ a|b", @"\`code\` \~strike\~ a\|b")]
    [InlineData(@"C:\path", @"C:\\path")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("  # heading", @"  \# heading")]
    [InlineData(" 3) third", @" 3\) third")]
    [InlineData("- bullet\n+ bullet", "\\- bullet\n\\+ bullet")]
    [InlineData("1. first\n  12) second", "1\\. first\n  12\\) second")]
    [InlineData("{{DATE(2017-03-27T14:05:00Z, LONG)}}", @"\{\{DATE(2017-03-27T14:05:00Z, LONG)}}")]
    public void Characters_that_markdown_would_interpret_are_escaped(string text, string escaped) =>
        Assert.Equal(escaped, Markdown.Escape(text));

    [Theory]
    [InlineData("Meeting of 15 March 2017, item 2")]
    [InlineData("doc. 7130/17 - draft line (2017).")]
    [InlineData("CGN 1.5 # 3 - 4")]
    [InlineData("Délégation tchèque")]
    [InlineData("  2017 was the year")]
    public void Ordinary_text_and_marks_inside_a_line_are_left_alone(string text) =>
        Assert.Equal(text, Markdown.Escape(text));
}
