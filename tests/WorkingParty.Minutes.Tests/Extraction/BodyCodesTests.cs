using WorkingParty.Minutes.Extraction;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>Which header codes are the body's own acronym, not filing or another body's.</summary>
public class BodyCodesTests
{
    [Fact]
    public void The_starts_of_all_the_names_words_in_any_order_are_its_acronym()
    {
        Assert.Equal(["SAFHAR"], BodyCodes.OwnAcronyms("Working Party on Harbour Safety", ["SAFHAR 14", "MAR 77", "HARS 2"]));
    }

    [Fact]
    public void A_code_the_subject_writes_before_a_meeting_word_is_the_bodys_but_not_one_before_another_bodys_name()
    {
        Assert.Equal(["COLIG"], BodyCodes.OwnAcronyms("Working Party on Lighthouses and Beacons", ["COLIG 9", "TRANS 12"],
            "Outcome of proceedings of the COLIG meeting"));
        Assert.Empty(BodyCodes.OwnAcronyms("Working Party on Lighthouses and Beacons", ["ECOFIN 4"], "Preparation of the ECOFIN Council"));
    }
}
