using WorkingParty.Cards.Presentation;

namespace WorkingParty.Cards;

/// <summary>
/// The one place that turns what the bot has to say (an answer from <c>WorkingParty.Answers</c>, or a view from
/// <c>Views/</c>) into a <see cref="Reply"/>: its Adaptive Card and plain-text twin, made together by the
/// presentation of that kind (<c>Presentation/</c>). Features hand it what they have and send the reply.
/// <para>
/// To show a new kind of answer or view: write its presentation (a static <c>Present(kind, ReplyRequest)</c> that makes
/// the card and the text, beside the others in <c>Presentation/</c>) and add one line to <c>Presentations</c>.
/// </para>
/// </summary>
public sealed class ReplyBuilder(ReplyContext context)
{
    /// <param name="content">An answer or a view.</param>
    /// <param name="question">The question an answer answers: a shortened list's "Show more" asks it again.</param>
    /// <param name="offset">Where a long list starts (the next page of one).</param>
    public Reply Build(object content, string? question = null, int offset = 0) =>
        Presentations.Present(content, new ReplyRequest(context, question, offset));
}
