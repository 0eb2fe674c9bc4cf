namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// The fields of a header whose label names a document ("No. Cion doc.", "No. Cion prop.", "No. prev. doc."): the
/// Commission proposal or the earlier document the minutes follow on, which no sentence may cite again.
/// </summary>
public sealed class HeaderReferences(MinutesDefinitions definitions, PatternTemplate template)
{
    private readonly Regex? _label = definitions.Layout.HeaderDocumentLabel is { Length: > 0 } label
        ? template.Compile(label, RegexOptions.IgnoreCase)
        : null;

    public IReadOnlyList<HeaderReference> Of(HeaderBlock header) =>
        _label is null
            ? []
            : header.Fields.Where(f => _label.IsMatch(f.Key) && f.Value.Length > 0).Select(f => new HeaderReference(f.Key, f.Value)).ToList();
}
