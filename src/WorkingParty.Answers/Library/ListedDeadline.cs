namespace WorkingParty.Answers.Library;

/// <summary>
/// A deadline of the stored minutes as answers cite it: its id <c>{meetingId}/{Deadline.LocalId}</c>, where it was
/// set, and the index terms of what it asks (subject, sentence, item title, body qualifier, documents), analysed on first use.
/// </summary>
internal sealed class ListedDeadline
{
    private static readonly HashSet<string> CommentWords = [.. Vocabulary.Default.CommentWords];

    /// <summary>The index terms of the words a request's subject may hold without naming a topic ("their comments", "replies").</summary>
    private static readonly Lazy<HashSet<string>> ReferringTerms = new(() =>
        Concepts.TermsOf(string.Join(' ', [.. Vocabulary.Default.CommentWords, .. Vocabulary.Default.ReferringRequestWords])));

    private readonly Lazy<IReadOnlySet<string>> _terms;
    private readonly Lazy<IReadOnlySet<string>> _context;
    private readonly Lazy<HashSet<string>> _said;
    private readonly Lazy<HashSet<string>> _own;
    private readonly Lazy<HashSet<string>> _lead;
    private readonly Lazy<bool> _refersBack;
    private readonly Lazy<bool> _moved;
    private readonly Lazy<bool> _comments;
    private readonly List<ListedDeadline> _replaced = [];

    private ListedDeadline(Meeting meeting, Deadline deadline)
    {
        Meeting = meeting;
        Deadline = deadline;
        Id = deadline.IdIn(meeting);
        var item = meeting.Items.FirstOrDefault(i => i.Number == deadline.Item);
        Source = item is not null ? Citations.Of(meeting, item, SectionOf(item, deadline.Sentence)) : Citations.Of(meeting, deadline.Item);
        _terms = new(() => Concepts.TermsOf(string.Join(' ', [deadline.Subject, SentenceOf(meeting, deadline.LocalId), TitleOf(item, deadline, Source), Qualifier(meeting.Body),
            .. Documents, .. item is null ? [] : HeadingsNaming(item, deadline), .. _replaced.Select(r => string.Join(' ', r.Deadline.Subject, r.Deadline.Sentence, r.Source.ItemTitle)),
            .. item is not null && RefersBack ? Before(item, deadline.Sentence) : []])));
        _context = new(() => new HashSet<string>([.. Terms, .. Concepts.TermsOf(string.Join(' ', item is null ? [] : Context(item, deadline.Sentence, Documents)))]));
        _said = new(() => Concepts.TermsOf(string.Join(' ', [deadline.Subject, deadline.Sentence,
            .. item is null ? [] : Context(item, deadline.Sentence, Documents, titles: false), .. item is null ? [] : TitlesCiting(item, Documents),
            .. item is null ? [] : HeadingsNaming(item, deadline)])));
        var clause = new Lazy<string>(() => RequestClause.Of(meeting, deadline));
        _own = new(() => Concepts.TermsOf($"{deadline.Subject} {clause.Value}"));
        _refersBack = new(() => item is not null && NamesNoTopic(deadline.Subject));
        _lead = new(() => new HashSet<string>([.. OwnTerms,
            .. Concepts.TermsOf(string.Join(' ', item is null ? [] : RefersBack ? Before(item, deadline.Sentence) : Before(item, deadline.Sentence).TakeLast(1)))]));
        _moved = new(() => deadline.FirstSet is not null || Words.Split(deadline.Sentence).Any(w => Vocabulary.Default.MovedWords.Contains(w.Lower)));
        _comments = new(() => SaysComments(deadline.Subject) || (SaysComments(clause.Value)
            && !meeting.Deadlines.Any(d => d.LocalId != deadline.LocalId && d.Sentence == deadline.Sentence && SaysComments(d.Subject))));
    }

    public Meeting Meeting { get; }

    public Deadline Deadline { get; }

    public string Id { get; }

    public Citation Source { get; }

    /// <summary>
    /// The documents the deadline is about, as the reader read them (<see cref="Deadline.Documents"/>): which ones, and
    /// none when it is unsure, is the reader's rule alone; an answer adds none.
    /// </summary>
    public IReadOnlyList<string> Documents => Deadline.Documents;

    /// <summary>
    /// The index terms of its subject, sentence, item title, the headings naming its articles, its body's bracketed qualifier ("which e-invoicing deadlines
    /// are open?" of the Working Party on Tax Questions (e-invoicing)) and documents, of those of the deadlines it
    /// replaced, and, for a follow-up that <see cref="RefersBack"/> ("The remaining delegations were invited to send their
    /// comments by ..."), of the sentences before it in its paragraph, which say what it asks for.
    /// </summary>
    public IReadOnlySet<string> Terms => _terms.Value;

    /// <summary>
    /// <see cref="Terms"/> and those of the sentences around the deadline's: the one before it ("The Presidency tabled its
    /// third compromise (doc. 7001/33). Delegations may comment on it by ..."), those that cite its documents, and its
    /// sub-item's title, for a deadline asked by what its own sentence only points to.
    /// </summary>
    public IReadOnlySet<string> TermsInContext => _context.Value;

    /// <summary>
    /// The terms of what the sentences say of the deadline (its subject, its sentence, the one before it, those citing
    /// its documents, the headings naming its articles), without the item's or sub-item's title, which every request made under the item shares, unless
    /// that title names one of its documents ("Presidency draft conclusions (doc. 9911/31)": what doc. 9911/31 is).
    /// </summary>
    public IReadOnlySet<string> TermsSaid => _said.Value;

    /// <summary>
    /// The terms of its own subject and sentence alone, without the sentences around it or any title: what the request
    /// itself says ("comments on the Annexes" over the request beside it that has the annexes only from its heading); of
    /// its own clause when the sentence parts two requests by a semicolon (<see cref="RequestClause"/>).
    /// </summary>
    public IReadOnlySet<string> OwnTerms => _own.Value;

    /// <summary>
    /// Whether the request's subject names no topic of its own ("to send their comments", "replies"): a follow-up whose
    /// topic is in the sentences before it in its paragraph.
    /// </summary>
    public bool RefersBack => _refersBack.Value;

    /// <summary>
    /// <see cref="OwnTerms"/> and those of the sentence just before it in its paragraph ("The Presidency recalled the survey
    /// on X. The deadline for replies was extended until ..."), or of every sentence before it there when it
    /// <see cref="RefersBack"/>: what the request and the sentences leading to it say.
    /// </summary>
    public IReadOnlySet<string> LeadTerms => _lead.Value;

    /// <summary>Whether the minutes tell the deadline as moved: a date first set, or its sentence saying so ("was extended until").</summary>
    public bool TellsMove => _moved.Value;

    /// <summary>
    /// Whether the deadline asks for comments: its subject says so, or its sentence does and no other request of that
    /// sentence says it in its subject ("comments on articles 1 to 6 by A and to reply to the questionnaire by B"); of its
    /// own clause when the sentence parts two requests by a semicolon ("may comment on X until A; replies to Y by B": the first).
    /// </summary>
    public bool RequestsComments => _comments.Value;

    /// <summary>
    /// The deadline of later minutes of the same body that replaced this one: it tells this one's due date as the date
    /// first set ("the deadline, set at 28 February, has been extended to 15 July"); null when none did. When earlier
    /// minutes have more than one deadline due that day, which one was replaced is unsure and none is.
    /// </summary>
    public ListedDeadline? ReplacedBy { get; private set; }

    /// <summary>Every deadline of the meetings (given oldest first), newest meeting first, each in the minutes' order.</summary>
    public static IReadOnlyList<ListedDeadline> Of(IReadOnlyList<Meeting> meetings)
    {
        var listed = meetings.Reverse().SelectMany(m => m.Deadlines.Select(d => new ListedDeadline(m, d))).ToList();
        var byDay = listed.ToLookup(l => (l.Meeting.Body, l.Deadline.Date));
        foreach (var later in listed.Where(l => l.Deadline.FirstSetOn is not null))
        {
            var earlier = byDay[(later.Meeting.Body, later.Deadline.FirstSetOn!.Value)]
                .Where(e => e.Meeting.Date < later.Meeting.Date && e.ReplacedBy is null)
                .GroupBy(e => e.Meeting)
                .Where(g => g.Count() == 1)
                .Select(g => g.Single());
            foreach (var replaced in earlier)
            {
                replaced.ReplacedBy = later;
                later._replaced.Add(replaced);
            }
        }

        return listed;
    }

    /// <summary>Whether a request's subject names no topic of its own ("their comments", "replies", "them").</summary>
    private static bool NamesNoTopic(string subject) => Concepts.TermsOf(subject).IsSubsetOf(ReferringTerms.Value);

    /// <summary>The sentences before the deadline's in the paragraph that holds it, in their order; none when no paragraph does.</summary>
    private static IEnumerable<string> Before(AgendaItem item, string sentence)
    {
        foreach (var paragraph in item.Paragraphs)
        {
            var at = paragraph.Sentences.ToList().FindIndex(s => s.Text == sentence || s.Text.Contains(sentence, StringComparison.Ordinal));
            if (at >= 0) return paragraph.Sentences.Take(at).Select(s => s.Text);
        }

        return [];
    }

    private static bool SaysComments(string text) => Words.Split(text).Any(w => CommentWords.Contains(w.Lower));

    /// <summary>The bracketed qualifier of a body's name ("Tax Questions (Indirect Taxation - e-invoicing)"), or "".</summary>
    private static string Qualifier(string body)
    {
        var open = body.IndexOf('(', StringComparison.Ordinal);
        var close = body.LastIndexOf(')');
        return open >= 0 && close > open ? body[(open + 1)..close] : "";
    }

    /// <summary>The heading (sub-item, dash heading) the paragraph holding the sentence stands under, or null.</summary>
    private static string? SectionOf(AgendaItem item, string sentence)
    {
        var at = -1;
        for (var p = 0; p < item.Paragraphs.Count && at < 0; p++)
            if (item.Paragraphs[p].Text.Contains(sentence, StringComparison.Ordinal) || item.Paragraphs[p].Sentences.Any(s => s.Text == sentence)) at = p;
        return at < 0 ? null : Sections.Of(item)[at];
    }

    /// <summary>The sentence before the deadline's in its paragraph, the item's sentences that cite its documents, and its sub-item's title.</summary>
    private static IEnumerable<string> Context(AgendaItem item, string sentence, IReadOnlyList<string> documents, bool titles = true)
    {
        var keys = documents.Select(DocumentReference.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var paragraph in item.Paragraphs)
        {
            var at = paragraph.Sentences.ToList().FindIndex(s => s.Text == sentence || s.Text.Contains(sentence, StringComparison.Ordinal));
            if (at > 0) yield return paragraph.Sentences[at - 1].Text;
            if (at >= 0 && titles && item.SubItems.FirstOrDefault(s => string.Equals(s.Label, paragraph.SubItem, StringComparison.OrdinalIgnoreCase)) is { } sub)
                yield return sub.Title;
            foreach (var cited in paragraph.Sentences.Where(s => s.Text != sentence
                && DocumentReference.FindAll(s.Text).Any(m => keys.Contains(DocumentReference.Key(m.Value)))))
            {
                yield return cited.Text;
            }
        }
    }

    /// <summary>The item's title and headings (sub-items, dash headings) that cite one of the documents.</summary>
    private static IEnumerable<string> TitlesCiting(AgendaItem item, IReadOnlyList<string> documents)
    {
        var keys = documents.Select(DocumentReference.Key).ToHashSet(StringComparer.Ordinal);
        return keys.Count == 0 ? [] : Headings(item).Prepend(item.Title).Distinct()
            .Where(title => DocumentReference.FindAll(title).Any(m => keys.Contains(DocumentReference.Key(m.Value))));
    }

    /// <summary>
    /// The item's headings (sub-items, dash headings) that name the articles the request names: "- Reuse of drainage
    /// water (Articles 40 to 43)" for "comments on Articles 40 to 43", made later under another heading of the item.
    /// </summary>
    private static IEnumerable<string> HeadingsNaming(AgendaItem item, Deadline deadline)
    {
        var ranges = ArticleRanges.Of($"{deadline.Subject} {deadline.Sentence}");
        return ranges.Count == 0 ? [] : Headings(item).Distinct()
            .Where(title => ArticleRanges.Of(title).Overlaps(ranges));
    }

    /// <summary>
    /// The title the deadline is filed under: its item's and heading's (<see cref="Citation.ItemTitle"/>), or only its
    /// item's when its request names articles that another heading names and its own does not ("comments on Articles 1
    /// to 14", concluded at the end of "b) Annexes I to III" while "a) Articles 1 to 14" names them): that heading tells
    /// what it is about (<see cref="HeadingsNaming"/>), not the one it was written under.
    /// </summary>
    private static string TitleOf(AgendaItem? item, Deadline deadline, Citation source)
    {
        if (item is null || source.ItemTitle == item.Title) return source.ItemTitle;
        var ranges = ArticleRanges.Of($"{deadline.Subject} {deadline.Sentence}");
        var elsewhere = ranges.Count > 0 && HeadingsNaming(item, deadline).Any();
        return elsewhere && !ArticleRanges.Of(source.ItemTitle).Overlaps(ranges) ? item.Title : source.ItemTitle;
    }

    /// <summary>The item's headings: its dash headings, then its sub-items' titles.</summary>
    private static IEnumerable<string> Headings(AgendaItem item) =>
        Sections.Of(item).OfType<string>().Concat(item.SubItems.Select(s => s.Title));

    /// <summary>The sentence of the first deadline with this id: two requests of an item due the same day share one.</summary>
    private static string SentenceOf(Meeting meeting, string localId) =>
        meeting.Deadlines.First(d => d.LocalId == localId).Sentence;
}
