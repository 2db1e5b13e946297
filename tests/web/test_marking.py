"""The article text as marked HTML: escaped, properly nested, every kept mark at its offsets."""

from __future__ import annotations

from html.parser import HTMLParser

from nieuwsgraaf.query.records import ArticleView, MentionSpan, QuoteSpan, TimexSpan
from nieuwsgraaf.web.marking import marked_text

TEXT = 'Rutte zei gisteren: "De <NAVO> & wij zijn klaar." Dat meldt Brussel.'


def view(mentions=(), quotes=(), timexes=()) -> ArticleView:
    return ArticleView(id="a" * 16, title=None, url=None, source=None, agency=None, published=None, language="nl",
                       text=TEXT, entities=(), mentions=tuple(mentions), quotes=tuple(quotes),
                       timexes=tuple(timexes), events=())


def mention(text: str, entity: str | None = "per:x", nth: int = 0) -> MentionSpan:
    start = [i for i in range(len(TEXT)) if TEXT.startswith(text, i)][nth]
    return MentionSpan(start, start + len(text), text, "PER", entity, "X")


def quote(text: str, speaker: str | None = "per:mark-rutte") -> QuoteSpan:
    start = TEXT.index(text)
    return QuoteSpan(start, start + len(text), text, "direct", speaker, "Mark Rutte", "Rutte", (0, 5), "zei",
                     None, None)


class Reader(HTMLParser):
    """The visible text and whether every tag closed in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.open, self.balanced, self.links_in_links = "", [], True, 0

    def handle_starttag(self, tag, attrs):
        if tag == "a" and "a" in self.open:
            self.links_in_links += 1
        self.open.append(tag)

    def handle_endtag(self, tag):
        self.balanced &= bool(self.open) and self.open.pop() == tag

    def handle_data(self, data):
        self.text += data


def read(html: str) -> Reader:
    reader = Reader()
    reader.feed(str(html))
    return reader


def test_text_is_escaped_and_reads_back_unchanged():
    html = marked_text(view())
    assert "&lt;NAVO&gt; &amp; wij" in html and "<NAVO>" not in html
    assert read(html).text == TEXT


def test_quote_gets_its_speaker_after_it_and_holds_its_mentions():
    html = marked_text(view(mentions=[mention("Rutte"), mention("NAVO", "org:navo")],
                            quotes=[quote("De <NAVO> & wij zijn klaar.")]))
    reader = read(html)
    assert reader.balanced and reader.links_in_links == 0
    assert '<span class="citaat" id="citaat-0">De &lt;<a class="entiteit PER" href="/entiteit/org:navo"' in html
    assert 'klaar.</span><a class="spreker" href="/entiteit/per:mark-rutte" aria-label="citaat van Mark Rutte">Mark Rutte</a>' in html
    assert reader.text == TEXT.replace('klaar."', 'klaar.Mark Rutte"')


def test_a_mark_crossing_a_quote_is_left_out_and_the_rest_stays():
    crossing = MentionSpan(TEXT.index("klaar"), TEXT.index("Dat") + 3, 'klaar." Dat', "PER", "per:y", "Y")
    html = marked_text(view(mentions=[crossing, mention("Brussel", "loc:brussel")],
                            quotes=[quote("De <NAVO> & wij zijn klaar.")]))
    assert "per:y" not in html and "/entiteit/loc:brussel" in html
    assert read(html).balanced


def test_speaker_words_that_are_a_mention_stay_one_link():
    html = marked_text(view(mentions=[mention("Rutte", "per:mark-rutte")], quotes=[quote("De <NAVO> & wij zijn klaar.")]))
    reader = read(html)
    assert reader.links_in_links == 0 and "spreker-woorden" not in html


def test_time_expression_carries_its_value_for_hover_and_focus():
    start = TEXT.index("gisteren")
    html = marked_text(view(timexes=[TimexSpan(start, start + 8, "gisteren", "DATE", "2025-06-11", None, "publication"),
                                     TimexSpan(0, 5, "Rutte", "DATE", None, None, "absolute")]))
    assert ('<span class="tijd" tabindex="0" title="datum: 2025-06-11" data-waarde="datum: 2025-06-11">gisteren</span>'
            in html)
    assert html.count('class="tijd"') == 1  # no value, nothing to show
