namespace WorkingParty.Cards.Presentation.Delegations;

/// <summary>The form that places one user of the roster in a delegation, confirmed.</summary>
internal static class DelegationAssignFormPresentation
{
    public static Reply Present(DelegationAssignFormView form, ReplyRequest _) => new(Card(form), Text(form));

    private static AdaptiveCard Card(DelegationAssignFormView form) =>
        CardParts.Card(
            [
                .. CardParts.Heading(Title(form), $"Now {DelegationRosterPresentation.Who(form.Member)}. {DelegationRosterPresentation.Status(form.Member)}."),
                CardParts.DelegationInput(form.Delegations, form.Member.Delegation, "Choose the delegation this person writes for."),
            ],
            Title(form),
            [CardParts.Submit("Place in this delegation", new AssignDelegation(form.Member.UserId)) with { Style = ActionStyle.Positive }]);

    private static string Text(DelegationAssignFormView form) =>
        new PlainText()
            .Title(Title(form), $"Now {DelegationRosterPresentation.Who(form.Member)}. {DelegationRosterPresentation.Status(form.Member)}.")
            .Paragraph("This chat cannot show the form. Open the bot in Teams to change a delegation.")
            .ToString();

    private static string Title(DelegationAssignFormView form) => $"Delegation of {form.Member.Name}";
}
