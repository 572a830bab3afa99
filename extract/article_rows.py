"""All rows one parsed article contributes to the dataset, table by table.

This is the single entry point the pipeline calls per article. An extractor that
raises must not lose the article: its failure becomes one quarantine row and the
other tables still get their rows.
"""
from __future__ import annotations

import json
from typing import Callable

from extract.entities.drug_vocabulary import vocabulary
from extract.entities.recognize import recognize
from extract.indications.from_recommendations import claims_from_recommendations
from extract.indications.qualifiers import carry_heading_subtype
from extract.indications.rows import is_supportive
from extract.indications.rows import extract_indications
from extract.recommendations.rows import extract_guideline_recommendations
from extract.references.rows import extract_references
from extract.regimens.rows import extract_regimens
from extract.trials.rows import extract_trial_results
from sources.model import ParsedArticle

ARTICLE_COLUMNS = (
    "article_id", "source_path", "source_url", "publisher", "title", "audience",
    "published_date", "updated_date", "reviewed_date", "language", "raw_sha256",
    "n_chars_raw", "clean_text", "n_chars_clean",
)
QUARANTINE = "quarantine"

# (table, extractor, needs entities), in the order their rows are written.
FACT_EXTRACTORS: tuple[tuple[str, Callable, bool], ...] = (
    ("indications", extract_indications, True),
    ("trial_results", extract_trial_results, True),
    ("regimens", extract_regimens, True),
    ("guideline_recommendations", extract_guideline_recommendations, True),
    ("references", extract_references, False),
)


def article_row(article: ParsedArticle) -> dict:
    """The `articles` row; `ingested_at` and `pipeline_version` are the pipeline's to set."""
    row = {c: getattr(article, c) for c in ARTICLE_COLUMNS}
    row["audience"] = row["audience"] or "unknown"
    return row


def sentence_rows(article: ParsedArticle) -> list[dict]:
    return [{"sentence_id": s.sentence_id, "article_id": s.article_id, "ordinal": s.ordinal,
             "section": s.section, "char_start": s.char_start, "char_end": s.char_end,
             "text": s.text} for s in article.sentences]


def mention_rows(article: ParsedArticle, entities, kind: str) -> list[dict]:
    """`drug_mentions` / `condition_mentions` rows: one per recognised occurrence."""
    sections = {s.sentence_id: s.section for s in article.sentences}
    id_col = f"{kind}_id"
    return [{"article_id": article.article_id, "sentence_id": m.sentence_id,
             "char_start": m.start, "char_end": m.end, "surface": m.surface,
             id_col: m.id, "section": sections.get(m.sentence_id)}
            for m in entities.mentions if m.kind == kind]


def extractor_error_row(table: str, article_id: str, module: str, exc: BaseException) -> dict:
    """A quarantine row recording that one extractor failed on one article."""
    line = f"{type(exc).__name__}: {exc}".splitlines()[0][:500]
    return {"table_name": table, "article_id": article_id,
            "failed_check": f"extractor_error:{module}",
            "row_json": json.dumps({"error": line}, ensure_ascii=False)}


def extract_article(article: ParsedArticle) -> dict[str, list[dict]]:
    """Rows per table for one article, plus `quarantine` rows for extractors that failed."""
    out: dict[str, list[dict]] = {"articles": [article_row(article)],
                                  "sentences": sentence_rows(article), QUARANTINE: []}
    aid = article.article_id
    try:
        entities = recognize(article)
    except Exception as exc:  # noqa: BLE001 - one bad extractor must not lose the article
        out[QUARANTINE].append(extractor_error_row("drug_mentions", aid, recognize.__module__, exc))
        entities = None
    if entities is not None:
        out["drug_mentions"] = mention_rows(article, entities, "drug")
        out["condition_mentions"] = mention_rows(article, entities, "condition")
    for table, extractor, needs_entities in FACT_EXTRACTORS:
        if needs_entities and entities is None:
            continue
        try:
            out[table] = list(extractor(article, entities) if needs_entities else extractor(article))
        except Exception as exc:  # noqa: BLE001
            out[QUARANTINE].append(extractor_error_row(table, aid, extractor.__module__, exc))
    if "indications" in out and "guideline_recommendations" in out:
        try:
            out["indications"] += carry_heading_subtype(claims_from_recommendations(
                out["guideline_recommendations"], out["indications"], is_drug, is_supportive), article, entities)
        except Exception as exc:  # noqa: BLE001
            out[QUARANTINE].append(extractor_error_row("indications", aid, claims_from_recommendations.__module__, exc))
    return out


def is_drug(intervention_id: str) -> bool:
    """A drug of the catalog (not a procedure, a test or "clinical-trial")."""
    return intervention_id in vocabulary().entries


def warm_up() -> None:
    """Load every lexicon and automaton now (one tiny article through every extractor), e.g. before
    forking workers that then share them."""
    from sources.parse import parse_bytes
    try:
        extract_article(parse_bytes(b"Imatinib is approved for chronic myeloid leukemia.", "warm-up.txt"))
    except Exception:  # noqa: BLE001 - the per-article call records the failure
        pass
