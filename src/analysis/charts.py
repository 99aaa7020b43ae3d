"""Charts of an analysed article or corpus, in the package's slide-ready style.

Every chart function takes an :class:`~analysis.Article` (or the frame it needs, or
any object with ``quotes``/``numbers``/``mentions``/``entities`` attributes) and
returns a :class:`matplotlib.figure.Figure` at 16:9 slide size with a title and a
source line. An empty frame gives a readable "nothing found" figure instead of an
error, so notebooks run while extractors are still being built.

>>> import analysis
>>> from analysis import charts
>>> fig = charts.quotes_by_speaker(analysis.analyse())   # doctest: +SKIP
>>> charts.save(fig, "out", "quotes_by_speaker")          # doctest: +SKIP
[PosixPath('out/quotes_by_speaker.png'), PosixPath('out/quotes_by_speaker.svg')]

Figures are built with :class:`~matplotlib.figure.Figure`, not pyplot, so nothing is
kept in pyplot's global figure list; in Jupyter use ``%matplotlib inline`` and make the
figure the cell's last expression to show it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine

from . import __version__

STYLE = Path(__file__).resolve().parent / "styles" / "analysis.mplstyle"
SLIDE_SIZE = (12.0, 6.75)  # inches, 16:9; at DPI 160 this is 1920 x 1080 pixels
DPI = 160
FORMATS = ("png", "svg")

# Okabe & Ito: safe for the common colour-vision deficiencies; grey for "narrator"/"other".
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
GREY = "#9A9A9A"
INK = "#222222"
MUTED = "#666666"

QUOTE_KINDS = {  # schema kind -> legend label, colour
    "direct": ("direct", PALETTE[0]),
    "mixed": ("partial", PALETTE[4]),
    "indirect": ("indirect (reported)", PALETTE[1]),
    "unattributed": ("unattributed", GREY),
}
LABELS = {
    "PERSON": "People",
    "ORG": "Organisations",
    "GPE": "Countries & cities",
    "LOC": "Other places",
    "NORP": "Nationalities & groups",
    "MISC": "Other names",
}
UNATTRIBUTED = "(no speaker)"


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Apply the package style inside a ``with`` block (the chart functions do this themselves).

    >>> with style():
    ...     import matplotlib as mpl
    ...     mpl.rcParams["svg.hashsalt"]
    'analysis'
    """
    with mpl.rc_context(fname=str(STYLE)):
        yield


def use_style() -> None:
    """Make the package style the default for every later plot (e.g. in a notebook)."""
    mpl.style.use(str(STYLE))


def _frame(data: object, name: str) -> pd.DataFrame:
    """The frame ``name`` of an Article-like object, or ``data`` itself if it is a frame."""
    if isinstance(data, pd.DataFrame):
        return data
    frame = getattr(data, name, None)
    if frame is None and isinstance(data, dict):
        frame = data.get(name)
    if frame is None:
        raise TypeError(
            f"expected a DataFrame or an object with a {name!r} frame, got {type(data).__name__}"
        )
    return frame


def source_line(data: object = None, source: str | None = None) -> str:
    """The grey line under a chart: where the figures come from.

    >>> source_line(source="ABC rural news, 50 stories")
    'Source: ABC rural news, 50 stories · analysis 0.1.0'
    """
    if source and source.startswith("Source: "):  # already a full source line
        return source
    if source is None and data is not None and not isinstance(data, pd.DataFrame):
        title = getattr(data, "title", None)
        doc_id = getattr(data, "doc_id", None)
        source = title or doc_id
        published = getattr(data, "published", None)
        if source and published:
            source = f"{source} ({published})"
    parts = [f"Source: {source}" if source else "Source: article text", f"analysis {__version__}"]
    return " · ".join(parts)


def plain(text: object) -> str:
    r"""Text for matplotlib exactly as written: ``$`` escaped, so "$1bn and $2bn" is not maths.

    >>> plain("$1bn and $2bn")
    '\\$1bn and \\$2bn'
    """
    return str(text).replace("$", r"\$")


def plural(n: int, word: str) -> str:
    """``1 quote``, ``2 quotes``."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _short(label: object, width: int = 32) -> str:
    text = str(label)
    return plain(text if len(text) <= width else text[: width - 1].rstrip() + "…")


TITLE_BLOCK = 0.95  # inches above the plot for the title
SUBTITLE_BLOCK = 0.45  # more inches for a subtitle
SOURCE_BLOCK = 0.45  # inches below the plot for the source line


def new_figure(
    title: str,
    subtitle: str | None = None,
    source: str = "",
    size: tuple[float, float] = SLIDE_SIZE,
) -> tuple[Figure, object]:
    """A figure with a title, optional subtitle and source line; returns (fig, ax).

    The title block and source line have fixed heights in inches, so they look the same
    on every chart; ``fig.chart_info`` records them for :mod:`analysis.slides`.
    """
    width, height = size
    head = TITLE_BLOCK + (SUBTITLE_BLOCK if subtitle else 0.0)
    with style():
        fig = Figure(figsize=size, dpi=100)
        # constrained layout inside the band between the title block and the source line
        rect = (0.01, SOURCE_BLOCK / height, 0.98, 1 - (head + SOURCE_BLOCK) / height)
        fig.set_layout_engine(ConstrainedLayoutEngine(rect=rect, w_pad=0.1))
        fig.text(
            0.1 / width,
            1 - 0.3 / height,
            plain(title),
            fontsize=24,
            fontweight="bold",
            color=INK,
            va="top",
        )
        if subtitle:
            fig.text(
                0.1 / width, 1 - 0.85 / height, plain(subtitle), fontsize=16, color=MUTED, va="top"
            )
        fig.text(0.1 / width, 0.12 / height, plain(source), fontsize=12, color=MUTED, va="bottom")
        ax = fig.add_subplot()
    # what a slide needs to show the chart below its own title: the texts and how much of
    # the image (as fractions of its height) the title block and source line take
    fig.chart_info = {
        "title": title,
        "subtitle": subtitle or "",
        "source": source,
        "crop_top": round(head / height, 4),
        "crop_bottom": round(SOURCE_BLOCK / height, 4),
    }
    return fig, ax


def nothing_found(title: str, message: str, source: str = "") -> Figure:
    """A slide-sized figure that says plainly there is nothing to show.

    >>> nothing_found("Quotes by speaker", "No quotes found.").texts[0].get_text()
    'Quotes by speaker'
    """
    fig, ax = new_figure(title, source=source)
    fig.chart_info["empty"] = True  # notebooks show it small
    with style():
        ax.set_axis_off()
        ax.text(
            0.5,
            0.5,
            plain(message),
            ha="center",
            va="center",
            fontsize=32,
            color=MUTED,
            transform=ax.transAxes,
        )
    return fig


def _bar_room(ax, rows: int, slots: int = 5) -> None:
    """Keep bars of a short chart bar-shaped: at least ``slots`` rows of room, bars centred."""
    pad = max(slots - rows, 0) / 2
    ax.set_ylim(-0.5 - pad, rows - 0.5 + pad)


def _stacked_barh(ax, table: pd.DataFrame, colours: list[str], xlabel: str) -> None:
    """Horizontal stacked bars, largest row on top, with each row's total at its end."""
    table = table.iloc[::-1]  # barh draws the first row at the bottom
    left = pd.Series(0.0, index=table.index)
    labels = [_short(i) for i in table.index]
    for column, colour in zip(table.columns, colours):
        values = table[column].astype(float)
        if not values.any():
            continue
        ax.barh(
            labels,
            values,
            left=left,
            color=colour,
            label=_short(column, 40),
            height=0.7,
            edgecolor="white",
        )
        left = left + values
    total = left
    pad = max(total.max(), 1) * 0.01
    for y, value in enumerate(total):
        ax.text(value + pad, y, f"{int(value)}", va="center", ha="left", fontsize=14, color=INK)
    ax.set_xlim(0, max(total.max(), 1) * 1.08)
    _bar_room(ax, len(table))
    ax.set_xlabel(xlabel)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(axis="y", length=0)
    if len(ax.get_legend_handles_labels()[0]) > 1:
        _legend_outside(ax)


def _legend_outside(ax, **kwargs) -> None:
    """A legend right of the plot, where it can never cover a bar (constrained layout makes room)."""
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0.0, **kwargs)


def quote_counts(data: object, top_n: int | None = 10) -> pd.DataFrame:
    """Quotes per speaker and kind (columns in :data:`QUOTE_KINDS` order), most quoted first.

    >>> q = pd.DataFrame({"speaker": ["A", "A", None], "kind": ["direct", "indirect", "unattributed"]})
    >>> quote_counts(q).to_dict("index")["A"]
    {'direct': 1, 'mixed': 0, 'indirect': 1, 'unattributed': 0}
    """
    quotes = _frame(data, "quotes")
    if quotes.empty:
        return pd.DataFrame(columns=list(QUOTE_KINDS))
    speaker = quotes["speaker"].astype("object").where(quotes["speaker"].notna(), UNATTRIBUTED)
    kind = quotes["kind"].astype("object").fillna("unattributed")
    table = pd.crosstab(speaker.rename("speaker"), kind.rename("kind"))
    table = table.reindex(columns=[k for k in QUOTE_KINDS], fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    return table if top_n is None else table.head(top_n)


def quotes_by_speaker(data: object, top_n: int = 10, source: str | None = None) -> Figure:
    """Quotes per speaker, split into direct, partial and reported speech.

    >>> fig = quotes_by_speaker(pd.DataFrame(columns=["speaker", "kind"]))
    >>> [t.get_text() for t in fig.texts][:1]
    ['Who is quoted']
    """
    line = source_line(data, source)
    everyone = quote_counts(data, top_n=None)
    table = everyone.head(top_n)
    title = "Who is quoted"
    if table.empty:
        return nothing_found(title, "No quotes found.", line)
    total = int(everyone.to_numpy().sum())
    shown = (
        f"top {len(table)} of {len(everyone)} speakers"
        if len(table) < len(everyone)
        else "all speakers"
    )
    fig, ax = new_figure(
        title, f"Quotes per speaker, {shown}; {plural(total, 'quote')} in all", line
    )
    with style():
        colours = [QUOTE_KINDS[k][1] for k in table.columns]
        table = table.rename(columns={k: v[0] for k, v in QUOTE_KINDS.items()})
        _stacked_barh(ax, table, colours, "quotes")
    return fig


def figure_counts(data: object, top_claimants: int = 5) -> pd.DataFrame:
    """Figures per kind (rows) and claimant (columns; "narrator" first, then "others").

    >>> n = pd.DataFrame({"kind": ["money", "date", "money"], "claimant": ["narrator", "narrator", "Blinken"]})
    >>> figure_counts(n).loc["money"].to_dict()
    {'narrator': 1, 'Blinken': 1}
    """
    numbers = _frame(data, "numbers")
    if numbers.empty:
        return pd.DataFrame()
    claimant = numbers["claimant"].astype("object").fillna("narrator")
    top = [c for c in claimant.value_counts().index if c != "narrator"][:top_claimants]
    claimant = claimant.where(claimant.isin(top + ["narrator"]), "others")
    kind = numbers["kind"].astype("object").fillna("number")
    table = pd.crosstab(kind.rename("kind"), claimant.rename("claimant"))
    order = [c for c in ["narrator", *top, "others"] if c in table.columns]
    table = table[order]
    return table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]


def figures_by_kind(data: object, top_claimants: int = 5, source: str | None = None) -> Figure:
    """Figures by kind (money, counts, dates …), coloured by who claims them.

    >>> len(figures_by_kind(pd.DataFrame(columns=["kind", "claimant"])).axes)
    1
    """
    line = source_line(data, source)
    table = figure_counts(data, top_claimants)
    title = "Figures and who claims them"
    if table.empty:
        return nothing_found(title, "No figures found.", line)
    total = int(table.to_numpy().sum())
    fig, ax = new_figure(
        title, f"{plural(total, 'figure')} by kind; the narrator is the article's own voice", line
    )
    with style():
        colours = []
        others = iter(PALETTE)
        for claimant in table.columns:
            colours.append(
                GREY
                if claimant == "narrator"
                else ("#444444" if claimant == "others" else next(others))
            )
        _stacked_barh(ax, table, colours, "figures")
    return fig


def mention_counts(data: object, examples: int = 3) -> pd.DataFrame:
    """Mentions per entity type with the most-mentioned names of each type.

    Takes an Article (mentions + entities) or an entities frame (summing ``mentions``).
    """
    if isinstance(data, pd.DataFrame):
        entities, mentions = data, None
    else:
        entities, mentions = _frame(data, "entities"), _frame(data, "mentions")
    if mentions is not None and not mentions.empty:
        per = mentions.groupby("entity_id").size().rename("n").reset_index()
        if not entities.empty:
            per = per.merge(entities[["entity_id", "name"]], on="entity_id", how="left")
        else:
            per["name"] = pd.NA
        first_label = mentions.drop_duplicates("entity_id").set_index("entity_id")["label"]
        per["label"] = per["entity_id"].map(first_label)
        surface = mentions.drop_duplicates("entity_id").set_index("entity_id")["surface"]
        per["name"] = (
            per["name"].astype("object").where(per["name"].notna(), per["entity_id"].map(surface))
        )
    elif not entities.empty:
        per = entities.rename(columns={"mentions": "n"})[["name", "label", "n"]]
        per = per.groupby(["name", "label"], as_index=False)["n"].sum()
    else:
        return pd.DataFrame(columns=["label", "mentions", "entities", "examples"])
    rows = []
    for label, group in per.groupby("label", sort=False):
        group = group.sort_values(["n", "name"], ascending=[False, True], kind="stable")
        names = ", ".join(
            f"{name} ({n})" for name, n in zip(group["name"].head(examples), group["n"])
        )
        rows.append(
            {
                "label": label,
                "mentions": int(group["n"].sum()),
                "entities": len(group),
                "examples": names,
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values(
        ["mentions", "label"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def mentions_by_type(data: object, source: str | None = None) -> Figure:
    """Mentions of people, organisations, places and groups, with the top names of each."""
    line = source_line(data, source)
    table = mention_counts(data)
    title = "Who and what is named"
    if table.empty:
        return nothing_found(title, "No named entities found.", line)
    fig, ax = new_figure(
        title,
        f"{plural(int(table['mentions'].sum()), 'mention')} of {plural(int(table['entities'].sum()), 'name')}, by type",
        line,
    )
    with style():
        table = table.iloc[::-1].reset_index(drop=True)
        labels = [LABELS.get(label, str(label)) for label in table["label"]]
        colours = [
            PALETTE[list(LABELS).index(label) % len(PALETTE)] if label in LABELS else GREY
            for label in table["label"]
        ]
        ax.barh(labels, table["mentions"], color=colours, height=0.7)
        top = max(int(table["mentions"].max()), 1)
        for y, (n, examples) in enumerate(zip(table["mentions"], table["examples"])):
            ax.text(
                n + top * 0.01,
                y,
                f"{n}  {_short(examples, 70)}",
                va="center",
                ha="left",
                fontsize=13,
                color=INK,
            )
        ax.set_xlim(0, top * 2.2)  # room for the example names right of the bars
        _bar_room(ax, len(table))
        ax.set_xlabel("mentions")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.tick_params(axis="y", length=0)
    return fig


def top_entities(data: object, top_n: int = 15, source: str | None = None) -> Figure:
    """The most-mentioned names (summed over documents for a corpus), coloured by type."""
    line = source_line(data, source)
    entities = _frame(data, "entities")
    title = "Most-mentioned names"
    if entities.empty:
        return nothing_found(title, "No named entities found.", line)
    table = entities.groupby(["name", "label"], as_index=False)["mentions"].sum()
    table = table.sort_values(["mentions", "name"], ascending=[False, True], kind="stable").head(
        top_n
    )
    fig, ax = new_figure(title, f"Top {len(table)} names by mentions", line)
    with style():
        table = table.iloc[::-1]
        kinds = list(LABELS)
        colours = [
            PALETTE[kinds.index(lab) % len(PALETTE)] if lab in kinds else GREY
            for lab in table["label"]
        ]
        ax.barh([_short(n) for n in table["name"]], table["mentions"], color=colours, height=0.7)
        for y, n in enumerate(table["mentions"]):
            ax.text(n, y, f" {int(n)}", va="center", ha="left", fontsize=13, color=INK)
        _bar_room(ax, len(table))
        ax.set_xlabel("mentions")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.tick_params(axis="y", length=0)
        from matplotlib.patches import Patch

        present = [lab for lab in kinds if lab in set(table["label"])]
        handles = [
            Patch(color=PALETTE[kinds.index(lab) % len(PALETTE)], label=LABELS[lab])
            for lab in present
        ]
        if handles:
            _legend_outside(ax, handles=handles)
    return fig


def quotes_over_time(
    quotes: pd.DataFrame, documents: pd.DataFrame, source: str | None = None
) -> Figure:
    """Quotes per publication day (week or month for longer spans), by kind.

    Needs ``doc_id`` in ``quotes`` and ``doc_id``/``published`` in ``documents``; articles
    without a readable date are left out, and say so when none has one.
    """
    line = source_line(source=source)
    title = "Quotes over time"
    if quotes.empty:
        return nothing_found(title, "No quotes found.", line)
    dates = pd.to_datetime(
        documents.set_index("doc_id")["published"].astype("object"),
        errors="coerce",
        utc=True,
        format="mixed",
    )
    when = quotes["doc_id"].map(dates.dt.tz_convert(None))
    dated = quotes.assign(date=when).dropna(subset=["date"])
    if dated.empty:
        return nothing_found(title, "These articles carry no publication dates.", line)
    span = (dated["date"].max() - dated["date"].min()).days
    freq, unit = ("D", "day") if span <= 62 else (("W", "week") if span <= 366 else ("M", "month"))
    period = dated["date"].dt.to_period(freq)
    kind = dated["kind"].astype("object").fillna("unattributed")
    table = pd.crosstab(period.rename("period"), kind.rename("kind"))
    # every period in the range, so gaps show as gaps
    table = table.reindex(
        pd.period_range(table.index.min(), table.index.max(), freq=freq), fill_value=0
    )
    table = table.reindex(columns=[k for k in QUOTE_KINDS if k in table.columns])
    subtitle = f"{plural(len(dated), 'quote')} from {plural(dated['doc_id'].nunique(), 'dated article')}, per {unit}"
    fig, ax = new_figure(title, subtitle, line)
    with style():
        x = list(range(len(table)))
        bottom = pd.Series(0, index=table.index)
        for column in table.columns:
            label, colour = QUOTE_KINDS[column]
            ax.bar(x, table[column], bottom=bottom, width=0.8, color=colour, label=label)
            bottom = bottom + table[column]
        labels = [str(p.start_time.date()) if freq != "M" else str(p) for p in table.index]
        step = max(1, -(-len(labels) // 12))  # at most about 12 tick labels
        ax.set_xticks(
            x[::step],
            labels[::step],
            rotation=30 if len(labels) > 4 else 0,
            ha="right" if len(labels) > 4 else "center",
        )
        ax.set_ylabel("quotes")
        ax.grid(axis="y")
        ax.grid(axis="x", visible=False)
        ax.yaxis.get_major_locator().set_params(integer=True)
        _legend_outside(ax)
    return fig


def save(
    fig: Figure,
    directory: str | Path,
    name: str,
    formats: tuple[str, ...] | list[str] = FORMATS,
    dpi: int = DPI,
) -> list[Path]:
    """Write ``fig`` as ``directory/name.<fmt>`` for each format, byte-for-byte reproducible.

    PNG at ``dpi`` (160 → 1920×1080 at slide size), SVG with a fixed id salt and no
    date or software stamp, so the same data always gives the same files.
    """
    from .storage import atomic_write

    directory = Path(directory)
    written = []
    for fmt in formats:
        fmt = fmt.lower().lstrip(".")
        if fmt not in {"png", "svg", "pdf"}:
            raise ValueError(f"unsupported chart format {fmt!r}: use png, svg or pdf")
        metadata = {
            "png": {"Software": None},
            "svg": {"Date": None, "Creator": None},
            "pdf": {"CreationDate": None, "Creator": None, "Producer": None},
        }[fmt]

        def write(tmp: Path, fmt: str = fmt, metadata: dict = metadata) -> None:
            with style():
                fig.savefig(tmp, format=fmt, dpi=dpi, metadata=metadata)

        written.append(atomic_write(directory / f"{name}.{fmt}", write))
    return written
