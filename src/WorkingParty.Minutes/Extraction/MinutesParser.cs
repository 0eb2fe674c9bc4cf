using System.Globalization;
using WorkingParty.Council;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Recognition;
using WorkingParty.Minutes.Text;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// The extraction engine: text in, meeting record out, applying the rules of a <see cref="MinutesDefinitions"/>.
/// It never throws on text it cannot use; it says why in the result.
/// </summary>
public sealed class MinutesParser
{
    private readonly TextNormaliser _normaliser;
    private readonly PageFurniture _furniture;
    private readonly HeaderReader _header;
    private readonly HeaderReferences _headerReferences;
    private readonly GluedPreamble _gluedPreamble;
    private readonly ItemSplitter _items;
    private readonly ParagraphUnwrapper _unwrapper;
    private readonly SentenceSplitter _sentences;
    private readonly SentenceAnalyser _analyser;
    private readonly MeetingDateResolver _dates;
    private readonly BodyResolver _bodies;
    private readonly EventExtractor _events;
    private readonly CueSet _cues;
    private readonly DateRecognizer _dateRecognizer;
    private readonly Regex _headingTitle;
    private readonly Regex _minutesVocabulary;
    private readonly int _minutesVocabularyHits;

    /// <summary>The item number events read before item 1 carry.</summary>
    private const int PreambleItem = 0;

    /// <summary>The one item of a record that numbers none.</summary>
    private const string WholeRecordTitle = "Proceedings";

    public MinutesParser(MinutesDefinitions definitions)
    {
        var delegations = DelegationTable.Default;
        var template = new PatternTemplate(definitions, delegations);
        var dateRecognizer = new DateRecognizer(definitions, template);
        _dateRecognizer = dateRecognizer;
        var documents = new DocumentReferenceRecognizer(definitions, template);
        _cues = new CueSet(definitions, template);
        _normaliser = new TextNormaliser(definitions, new FlattenedText(definitions, template));
        _furniture = new PageFurniture(definitions, template);
        _header = new HeaderReader(definitions, template, dateRecognizer);
        _headerReferences = new HeaderReferences(definitions, template);
        _gluedPreamble = new GluedPreamble(definitions, template);
        _items = new ItemSplitter(definitions, template);
        _unwrapper = new ParagraphUnwrapper(definitions);
        _sentences = new SentenceSplitter(definitions);
        _analyser = new SentenceAnalyser(dateRecognizer,
            new ActorRecognizer(definitions, template, delegations),
            documents, new DeadlineRecognizer(definitions, template));
        _dates = new MeetingDateResolver(definitions, template, dateRecognizer, _cues);
        _bodies = new BodyResolver(definitions, template);
        _events = new EventExtractor(_cues, documents);
        _headingTitle = template.Compile(definitions.Meeting.HeadingTitle, RegexOptions.IgnoreCase);
        _minutesVocabulary = template.Compile(definitions.Layout.MinutesVocabulary);
        _minutesVocabularyHits = definitions.Layout.MinutesVocabularyHits;
    }

    /// <summary>A parser with the definitions embedded in this assembly.</summary>
    public static MinutesParser Default { get; } = new(MinutesDefinitions.Default);

    /// <param name="fallbackDate">The meeting date when nothing in the text dates it (the file's own date, say).</param>
    public MinutesParseResult Parse(string text, string sourceFile, IngestOptions options, DateOnly fallbackDate)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return MinutesParseResult.Rejected(MinutesRejection.Empty(sourceFile));
        }

        var clean = _furniture.Remove(_normaliser.ToLines(text));
        var printed = PrintedLines.Measure(clean.Lines);
        var split = _items.Split(clean.Lines, printed);
        var glued = _gluedPreamble.Split(split.HeadingLines);
        var (_, prose) = glued ?? HeadingProse.Split(split.HeadingLines);
        if (glued is { } gluedSplit)
        {
            // Prose glued to the Subject: or To: value: the header is read without it.
            split = split with { HeadingLines = gluedSplit.Header };
        }

        var readsAsRecord = _minutesVocabulary.Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().Take(_minutesVocabularyHits).Count() >= _minutesVocabularyHits;
        if (split.Items.Count == 0 && readsAsRecord && prose.Count > 0 && _header.Read(split.HeadingLines) is { } unnumbered
            && (unnumbered.Kind is not null || unnumbered.Field("On") is not null))
        {
            // A record with a Council header and no numbered items (a short summary) is kept whole, as one item.
            split = new SplitMinutes(split.HeadingLines, [new RawItem(1, WholeRecordTitle, [new RawSection(null, null, prose)])]);
            prose = [];
        }

        if (split.Items.Count == 0)
        {
            return MinutesParseResult.Rejected(MinutesRejection.NotMinutes(sourceFile));
        }

        if (!readsAsRecord)
        {
            return MinutesParseResult.Rejected(MinutesRejection.NoMeetingRecord(sourceFile));
        }

        var header = _header.Read(split.HeadingLines);
        var analysed = split.Items.Select(item => Analyse(item, text, printed)).ToList();
        var preamble = prose.Count > 0 ? Analyse(new RawItem(PreambleItem, "", [new RawSection(null, null, prose)]), text, printed) : null;
        var everySentence = analysed.SelectMany(i => i.AllSentences).Concat(preamble?.Paragraphs.SelectMany(p => p.Sentences) ?? []);
        var date = _dates.Resolve(options, header, split.HeadingLines, sourceFile, everySentence, fallbackDate);
        var body = _bodies.Resolve(options.Body, header, split.HeadingLines, sourceFile, text);

        var items = new List<AgendaItem>();
        var events = new List<DatedEvent>();
        var deadlines = new List<Deadline>();
        var replaced = new List<DateOnly>();
        var ownBody = new OwnBodyMentions(body.Name, header.Field("Subject"), header.Codes.Concat(BodyCodes.BeforeMeetingWords(text)));
        var sessions = new SessionDays(_dateRecognizer, date.Date, date.EndDate);
        foreach (var (item, raw) in analysed.Zip(split.Items))
        {
            items.Add(ToAgendaItem(item) with { Sessions = sessions.Date(raw.Sessions) });
            var found = _events.Extract(item, date.Date, ownBody, header.DocumentNumber);
            events.AddRange(found.Events);
            deadlines.AddRange(found.Deadlines);
            replaced.AddRange(found.Replaced);
        }

        if (preamble is not null)
        {
            // The text before item 1 is no agenda item, but its dates are the meeting's ("took place on 10 June").
            var found = _events.Extract(preamble, date.Date, ownBody, header.DocumentNumber);
            events.AddRange(found.Events);
            deadlines.AddRange(found.Deadlines);
            replaced.AddRange(found.Replaced);
        }

        foreach (var footnote in clean.Footnotes)
        {
            // A footnote's dates (a cancelled or added meeting, a deadline) belong to the item whose line carries its marker.
            if (clean.MarkedLines.TryGetValue(footnote.Marker, out var marked) && ItemCarrying(split, marked) is { } number)
            {
                var note = Analyse(new RawItem(number, "", [new RawSection(null, null, [footnote.Text])]), text, printed);
                var found = _events.Extract(note, date.Date, ownBody, header.DocumentNumber);
                events.AddRange(found.Events);
                deadlines.AddRange(found.Deadlines);
                replaced.AddRange(found.Replaced);
            }
        }

        MeetingMoves.Apply(events, replaced);

        var id = $"{date.Date:yyyy-MM-dd}-{body.Slug}";
        var meeting = new Meeting(id, body.Name, date.Date, date.Inferred, Title(split.HeadingLines, body, date.Date),
            sourceFile, items, events, deadlines)
        {
            EndDate = date.EndDate,
            Header = Header(header, date.Source, clean.Limite) with { References = _headerReferences.Of(header) },
            Footnotes = clean.Footnotes,
            Opening = preamble is null ? [] : ToAgendaItem(preamble).Paragraphs,
        };
        return MinutesParseResult.Read(meeting);
    }

    /// <summary>The number of the item with the line (the text before item 1 counts as the preamble), or null.</summary>
    private static int? ItemCarrying(SplitMinutes split, string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (split.HeadingLines.Any(l => l.Trim() == trimmed))
        {
            return PreambleItem;
        }

        return split.Items.FirstOrDefault(i => i.Title.Contains(trimmed, StringComparison.Ordinal)
            || i.Sections.Any(s => s.Lines.Any(l => l.Trim() == trimmed)))?.Number;
    }

    private static DocumentHeader Header(HeaderBlock header, MeetingDateSource source, bool limite) =>
        new(header.IssueDate is { HasYear: true } issued ? issued.Resolve(issued.Year!.Value).Start : null,
            header.DocumentNumber, header.Kind, header.Codes, limite, source);

    private AnalysedItem Analyse(RawItem item, string wholeText, PrintedLines printed)
    {
        var paragraphs = item.Sections
            .SelectMany(section => _unwrapper.Unwrap(section.Lines, wholeText, printed)
                .Select(p => new AnalysedParagraph(section.Label, _analyser.AnalyseParagraph(item.Number, _sentences.Split(p)))))
            .ToList();
        return new AnalysedItem(item.Number, item.Title, _analyser.AnalyseTitle(item.Number, item.Title), paragraphs)
        {
            SubItems = item.Sections.Where(s => s.Label is not null)
                .Select(s => (s.Label!, s.Title!, _analyser.AnalyseTitle(item.Number, s.Title!)))
                .ToList(),
        };
    }

    private AgendaItem ToAgendaItem(AnalysedItem item)
    {
        var sentences = item.Paragraphs.SelectMany(p => p.Sentences).ToList();
        var paragraphs = item.Paragraphs
            .Select(p => new Paragraph(string.Join(' ', p.Sentences.Select(s => s.Text)),
                p.Sentences.Select(s => new Statement(s.Text, s.Speakers)).ToList(), p.SubItem))
            .ToList();
        return new AgendaItem(
            item.Number,
            item.Title,
            paragraphs,
            sentences.SelectMany(s => s.Speakers).Distinct().ToList(),
            item.AllSentences.SelectMany(s => s.Documents).Distinct().ToList(),
            sentences.Where(s => _cues.IsFollowUp(s.Text)).Select(s => s.Text).ToList())
        {
            SubItems = item.SubItems.Select(s => new SubItem(s.Label, s.Title)).ToList(),
        };
    }

    private string Title(IReadOnlyList<string> heading, MeetingBody body, DateOnly date)
    {
        for (var i = 0; i < heading.Count; i++)
        {
            var match = _headingTitle.Match(heading[i]);
            if (match.Success)
            {
                var continuation = heading.Skip(i + 1).TakeWhile(l => l != TextNormaliser.ParagraphBreak && !l.Contains(':'));
                return string.Join(' ', continuation.Prepend(match.Groups["title"].Value.Trim()));
            }
        }

        return $"{body.Name} meeting of {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
    }
}
