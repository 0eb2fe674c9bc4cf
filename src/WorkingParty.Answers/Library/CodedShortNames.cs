using WorkingParty.Minutes.Extraction;

namespace WorkingParty.Answers.Library;

/// <summary>
/// The short names a body's header codes give it: a classification code that is the body's own acronym ("PROCIV 151"
/// for the Working Party on Civil Protection, "COCON 19" when the Subject speaks of "the COCON meeting"; see
/// <see cref="BodyCodes"/>) names the body anywhere in a question, and every configuration of the same name with it
/// ("... (Industry)" and "... (Internal Market)").
/// </summary>
internal static class CodedShortNames
{
    public static IEnumerable<(string Name, string Alias)> Of(IReadOnlyList<Meeting> meetings)
    {
        var byBareName = meetings
            .SelectMany(m => BodyCodes.OwnAcronyms(m.Body, m.Header.Codes, m.Title).Select(code => (Bare: BodyConfigurations.WithoutTrailingBracket(m.Body), Code: code)))
            .ToLookup(a => a.Bare, a => a.Code, StringComparer.Ordinal);
        return meetings.Select(m => m.Body).Distinct(StringComparer.Ordinal)
            .SelectMany(body => byBareName[BodyConfigurations.WithoutTrailingBracket(body)].Distinct(StringComparer.Ordinal).Select(code => (Name: body, Alias: code)));
    }
}
