using WorkingParty.Bot.Routing;
using WorkingParty.Cards;
using WorkingParty.Cards.Views;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>The comment cards, as answers to card buttons.</summary>
public sealed class CommentReplies(ReplyBuilder replies)
{
    /// <param name="replacesCard">False when the form opens from another card (the deadlines list), which must stay.</param>
    public ButtonResult Form(CommentFormView form, bool replacesCard = true) => new(replies.Build(form), replacesCard);

    public ButtonResult Receipt(CommentReceiptView receipt) => new(replies.Build(receipt), ReplacesCard: true);

    public ButtonResult Mine(MyCommentsView mine, int offset = 0) => new(replies.Build(mine, offset: offset), ReplacesCard: false);

    /// <summary>A refusal sent as a new message, so the card the button was on stays as the user left it.</summary>
    public ButtonResult Notice(string title, string message) => new(replies.Build(new NoticeView(title, message)), ReplacesCard: false);

    public ButtonResult UnknownDeadline(string deadlineId) => Notice(
        "That deadline is not in the minutes",
        $"There is no deadline '{deadlineId}'. Your form is left as it was; ask for the open deadlines and use the \u201CWrite comments\u201D button there.");

    public ButtonResult UnknownComment() => Notice(
        "That comment is not one of yours",
        "It may have been removed, or the button was not from one of your cards. Type \u201Cmy comments\u201D to see the comments you sent.");
}
