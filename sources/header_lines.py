"""Header lines: what stood above the title and was dropped, kept as metadata when it is
text (a series name, "Version 1.2017", a section label) rather than a widget."""
from __future__ import annotations

from sources.blocks import Block
from sources.boilerplate import Cleaned

# Reasons that mark page widgets, not header text worth keeping as metadata.
_WIDGET_REASONS = frozenset({"cookie_consent", "login_register", "button", "menu", "glued_menu", "navigation",
                             "share_print_bookmark", "newsletter", "professional_gate", "personalisation",
                             "poll_survey", "feedback_and_citation_tools", "follow_up_promo", "translation_notice",
                             "sponsorship", "site_disclaimer", "copyright_footer", "comments", "search_box",
                             "paywall_meter", "accessibility_notice", "press_release_notice", "support_line",
                             "donation_appeal"})
_HEADER_LINE_MAX_WORDS = 25  # header lines are labels; a long block above the title is a notice


def header_lines(blocks: list[Block], cleaned: Cleaned, title_index: int | None) -> list[str]:
    """Texts of the blocks dropped above the title (above the first kept block when the title
    is not a block): series names and "Version 1.2017" lines that extractors may still need."""
    dropped = {id(block): why for block, why in cleaned.dropped}
    end = title_index if title_index is not None else len(blocks)
    out: list[str] = []
    for block in blocks[:end]:
        why = dropped.get(id(block))
        if why is None:
            if title_index is None:
                break  # first kept block: the head of the page ends here
            continue
        if why not in _WIDGET_REASONS and block.n_words <= _HEADER_LINE_MAX_WORDS:
            out.append(block.text)
    return out
