using System.Globalization;

namespace WorkingParty.Cards.Presentation.Delegations;

/// <summary>The secretariat's roster: who writes for which delegation, with "Confirm" on each declaration and "Change" on everyone.</summary>
internal static class DelegationRosterPresentation
{
    private const string Title = "Delegation roster";
    private const string Subtitle = "Comments are filed under their author's delegation. A delegation a user declared with their first comment " +
        "is marked \u201Cnot confirmed\u201D in compilations until you confirm it.";
    private const string Empty = "Nobody has a delegation yet: users appear here with their first comment.";

    public static Reply Present(DelegationRosterView view, ReplyRequest request) =>
        new(request.FitCard(page => Card(view, page), next => new ShowDelegationRoster(next)), Text(view, request.TextPage));

    private static AdaptiveCard Card(DelegationRosterView view, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(Title, Subtitle));
        if (view.Notice is not null) body.Add(CardParts.Notice(view.Notice, ContainerStyle.Good));
        if (view.Members.Count == 0) body.Add(TextBlock.Literal(Empty));
        body.Add(TextBlock.Subtle(Seeded(view)));
        foreach (var member in page.Slice(view.Members))
        {
            body.Add(CardParts.Entry([CardParts.Strong(Who(member)), TextBlock.Subtle(Status(member)), CardParts.Buttons([.. Buttons(member)])]));
        }
        body.AddRange(page.Footer(view.Members.Count));
        return CardParts.Card(body, Title);
    }

    private static string Text(DelegationRosterView view, ListPage page)
    {
        var text = new PlainText().Title(Title, Subtitle);
        if (view.Notice is not null) text.Paragraph(view.Notice);
        if (view.Members.Count == 0) text.Paragraph(Empty);
        text.Paragraph(Seeded(view));
        foreach (var member in page.Slice(view.Members)) text.Entry(Who(member), [Status(member)]);
        if (view.Members.Any(member => !member.Confirmed)) text.Paragraph("Open this chat in Teams to confirm or change them.");
        return text.Footer(page, view.Members.Count).ToString();
    }

    public static string Who(RosterMemberView member) => $"{member.Name}: {member.Delegation}";

    public static string Status(RosterMemberView member) => member.Confirmed
        ? $"Confirmed ({member.PlacedBy})"
        : "Declared by the user, not confirmed";

    private static string Seeded(DelegationRosterView view) => view.Seeded == 0
        ? "The configuration places nobody (Comments:Delegates)."
        : $"The configuration places {view.Seeded.ToString(CultureInfo.InvariantCulture)} users (Comments:Delegates); they are listed here once they write.";

    private static IEnumerable<CardAction> Buttons(RosterMemberView member)
    {
        if (!member.Confirmed)
            yield return CardParts.Send($"Confirm {member.Delegation}", new AssignDelegation(member.UserId) { Delegation = member.Delegation }) with { Style = ActionStyle.Positive };
        yield return CardParts.Send("Change delegation", new ChangeDelegation(member.UserId));
    }
}
