"""The Markdown model card written beside every saved model.

People who see a score deserve to know what it was learnt from, how well it did, and what it cannot do;
the card is generated from the training run so its figures can never drift from the model.
"""

from __future__ import annotations

from typing import Any

# Attribution for the data files that ship with Matte, keyed by file name.
KNOWN_SOURCES: dict[str, str] = {
    "sms_en.csv": (
        "English SMS: the UCI SMS Spam Collection (Almeida, Gómez Hidalgo & Yamakami, 2011; CC BY 4.0) "
        "merged with the SMS phishing dataset of Mishra & Soni (Mendeley Data; CC BY 4.0 as published "
        "there), de-duplicated; ham = 0, spam and smishing = 1."
    ),
    "ja_messages.csv": "Japanese messages written for Matte by the project (MIT licence, like the code).",
    "en_messages.csv": "English messages written for Matte by the project (MIT licence, like the code).",
}

UNKNOWN_SOURCE = "Provided by whoever trained this model; origin and licence not recorded by Matte."


def _metrics_table(rows: list[tuple[str, dict[str, Any]]]) -> list[str]:
    lines = [
        "| evaluation | n | threshold | precision | recall | F1 | weighted F1 | ROC-AUC |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, m in rows:
        auc = "n/a" if m["roc_auc"] is None else f"{m['roc_auc']:.4f}"
        lines.append(
            f"| {name} | {m['n']} | {m['threshold']:.3f} | {m['precision']:.4f} | {m['recall']:.4f} | "
            f"{m['f1']:.4f} | {m['weighted_f1']:.4f} | {auc} |"
        )
    return lines


def render_card(metadata: dict[str, Any]) -> str:
    """Markdown for a model described by the metadata that `classifier.train` records."""
    files: dict[str, list[int]] = metadata["data_files"]
    lines = [
        f"# Model card: {metadata['name']}",
        "",
        "Matte's forwarded-message classifier. **It never decides whether a message is true.** It flags "
        "warning signs that messages people were fooled by tend to share (requests to spread, deadlines, "
        "money promises, requests for passwords, look-alike links, unnamed experts, emotional pressure, "
        "claims with no source) and gives a calibrated score of how much a message resembles those.",
        "",
        "## Intended use",
        "",
        "- A prompt to pause and check, shown next to the cues that triggered it and any matching "
        "already-checked rumour, in a chatbot for people in Japan.",
        "- Not for blocking, ranking or judging people or messages, and not a fact-check.",
        "",
        "## Training data",
        "",
        "| file | rows | suspicious (1) | ordinary (0) | source and licence |",
        "|---|---|---|---|---|",
    ]
    for name, (rows, positives) in files.items():
        source = KNOWN_SOURCES.get(name, UNKNOWN_SOURCE)
        lines.append(f"| {name} | {rows} | {positives} | {rows - positives} | {source} |")
    total = sum(rows for rows, _ in files.values())
    lines += [
        "",
        f"Total: {total} rows. Seed: {metadata['seed']}. Training took {metadata['train_seconds']:.1f} s. "
        + (
            "Each file was given the same total sample weight."
            if metadata.get("balance_files")
            else "Every row has the same weight."
        ),
        "",
        "## Model",
        "",
        "A scikit-learn `Pipeline`: NFKC normalisation; hashed character n-gram TF-IDF, hashed word n-gram "
        "TF-IDF and counts of the hand-written cues; a linear SVM with sigmoid (Platt) calibration "
        "(`CalibratedClassifierCV`). Parameters: "
        + ", ".join(f"`{key}={value}`" for key, value in metadata["params"].items())
        + ".",
        "",
        f"Decision threshold: **{metadata['threshold']:.3f}** (score >= threshold counts as suspicious), "
        f"chosen as the cut-off with the best F1 on {metadata['cv_folds']}-fold stratified cross-validated "
        "scores.",
        "",
        "## Evaluation",
        "",
        f"Stratified {metadata['cv_folds']}-fold cross-validation on the training data (every score comes "
        "from a model that did not see the message; the threshold was chosen on these same scores, so the "
        "row at 0.5 is the unbiased one):",
        "",
        *_metrics_table(
            [
                (f"{metadata['cv_folds']}-fold CV, chosen threshold", metadata["cv_metrics"]),
                (f"{metadata['cv_folds']}-fold CV, threshold 0.5", metadata["cv_metrics_at_half"]),
                *(
                    (f"CV, chosen threshold, {file} only", metrics)
                    for file, metrics in metadata.get("cv_metrics_per_file", {}).items()
                ),
            ]
        ),
        "",
        "## Limits",
        "",
        "- It learns style, not facts: a true message written in alarmist style scores high, and a "
        "calm, well-written falsehood scores low.",
        "- The Japanese training messages were written by the project, not collected from real chats, "
        "because no labelled Japanese corpus of forwarded messages was available; real messages will "
        "differ.",
        "- New scam wording, brands or link tricks that the data does not show may be missed; the cue "
        "detectors catch some of them.",
        "- Scores are calibrated on the training distribution only.",
        "",
        f"Built with scikit-learn {metadata['sklearn_version']} and skops {metadata['skops_version']}.",
        "",
    ]
    return "\n".join(lines)
