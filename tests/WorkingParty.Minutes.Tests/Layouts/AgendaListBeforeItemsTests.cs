using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>The agenda listed before the items (its titles only, numbered from 1) and then the items, numbered from 1
/// again: the items are read once, with their text.</summary>
public class AgendaListBeforeItemsTests
{
    private const string Header = "Brussels, 2 June 2039\nSUMMARY RECORD\nFrom:\nOn:\nTo:\nSubject:\nGeneral Secretariat of the Council\n" +
        "24 May 2039\nWorking Party on Inland Fisheries\nSummary record of the meeting of the Working Party on Inland Fisheries\n";

    private const string Items = "1.\nAdoption of the agenda\nThe agenda was adopted as set out in CM 2211/39.\n" +
        "2.\nEel stocks in lakes - progress report\nThe Presidency presented its note. DK and FI asked for more data.\n" +
        "3.\nAny other business\nThe Commission informed delegations of the coming study.";

    [Fact]
    public void An_agenda_listed_in_a_column_before_the_items_is_not_read_as_items()
    {
        var m = Read(Header + "1.\n2.\n3.\nAdoption of the agenda\nEel stocks in lakes - progress report\nAny other business\n" + Items);

        Assert.Equal(["Adoption of the agenda", "Eel stocks in lakes - progress report", "Any other business"], m.Items.Select(i => i.Title));
        Assert.Contains("DK", m.Items[1].Actors);
    }

    [Fact]
    public void An_agenda_listed_line_by_line_before_the_items_is_not_read_as_items()
    {
        var m = Read(Header + "1. Adoption of the agenda\n2. Eel stocks in lakes - progress report\n3. Any other business\n\n" + Items);

        Assert.Equal(["Adoption of the agenda", "Eel stocks in lakes - progress report", "Any other business"], m.Items.Select(i => i.Title));
        Assert.Contains("DK", m.Items[1].Actors);
    }
}
