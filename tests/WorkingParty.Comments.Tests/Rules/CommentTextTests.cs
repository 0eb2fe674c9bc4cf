using WorkingParty.Comments;
using WorkingParty.Comments.Rules;

namespace WorkingParty.Comments.Tests.Rules;

public sealed class CommentTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData(null)]
    public void Empty_text_is_refused(string? text)
    {
        var (cleaned, problem) = CommentText.Clean(text, 5000);

        Assert.Null(cleaned);
        Assert.Equal("Please write your comment: the text is empty.", problem);
    }

    [Fact]
    public void Text_is_trimmed_and_line_breaks_become_newlines()
    {
        var (cleaned, problem) = CommentText.Clean("  First line\r\nSecond\tline\rThird  \n", 5000);

        Assert.Null(problem);
        Assert.Equal("First line\nSecond\tline\nThird", cleaned);
    }

    [Fact]
    public void Text_up_to_the_limit_is_accepted_and_one_more_character_is_refused()
    {
        Assert.Equal(new string('a', 5000), CommentText.Clean(new string('a', 5000), 5000).Text);

        var (cleaned, problem) = CommentText.Clean(new string('a', 5001), 5000);

        Assert.Null(cleaned);
        Assert.Equal("The comment is 5,001 characters long; the limit is 5,000. Please shorten it.", problem);
    }

    [Theory]
    [InlineData("bell\u0007", "U+0007", 5)]
    [InlineData("nul\u0000inside", "U+0000", 4)]
    [InlineData("escape \u001b[31m", "U+001B", 8)]
    [InlineData("next \u0085 line", "U+0085", 6)]
    public void Control_characters_other_than_newline_and_tab_are_refused(string text, string code, int position)
    {
        var (cleaned, problem) = CommentText.Clean(text, 5000);

        Assert.Null(cleaned);
        Assert.Equal($"The comment holds an invisible control character ({code}) at position {position}. Please remove it and send it again.", problem);
    }

    [Theory]
    [InlineData("<script>alert('x')</script> <b>bold</b> &amp;")]
    [InlineData("**markdown** _stays_ [as](http://typed) `code`\n# heading")]
    public void Html_and_markdown_are_kept_exactly(string text)
    {
        Assert.Equal(text, CommentText.Clean(text, 5000).Text);
    }

    [Fact]
    public void A_document_reference_is_optional_trimmed_and_single_line()
    {
        Assert.Equal((null, null), CommentText.CleanDocumentReference("  ", 200));
        Assert.Equal(("7130/17", null), CommentText.CleanDocumentReference(" 7130/17 ", 200));
        Assert.NotNull(CommentText.CleanDocumentReference("7130/17\nand more", 200).Problem);
        Assert.Equal("The document reference may hold at most 200 characters.", CommentText.CleanDocumentReference(new string('d', 201), 200).Problem);
    }
}
