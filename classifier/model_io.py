"""Saving and loading models safely: skops (never pickle), an explicit trust list, a version check.

A model file is code-adjacent data that people may download or swap, so loading refuses any type that is
not on `TRUSTED_TYPES` instead of trusting whatever the file asks for. scikit-learn does not promise that
a model from one version works in another (it warns on any difference), so the exact version is recorded
beside the model and checked first; rebuilding the shipped model takes one command and under a minute.
"""

from __future__ import annotations

import importlib
import json
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import sklearn
import sklearn.utils
import skops
from sklearn.pipeline import Pipeline

# Every type this package's pipeline is made of. A model holding any other type is refused, whatever
# skops would trust by default.
TRUSTED_TYPES: tuple[str, ...] = (
    "classifier.features.CueFeatures",
    "classifier.pipeline.LanguageRouter",
    "classifier.textnorm.TextNormaliser",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.svm._classes.LinearSVC",
)


def _import_skops_io() -> ModuleType:
    """`skops.io`, imported without its scan of every scikit-learn estimator.

    On import, skops builds its default trust list with `sklearn.utils.all_estimators()`, which imports
    every scikit-learn module: about 0.2-0.5 s of each `matte check` start-up, as long as loading the
    model. This package never relies on that list (`TRUSTED_TYPES` names every type it accepts), so the
    scan is replaced by an empty one while skops is imported: skops then trusts no estimator by default,
    which only makes `get_untrusted_types` list more. Already imported (or a skops that scans later):
    nothing changes.
    """
    if "skops.io" in sys.modules:
        return sys.modules["skops.io"]
    scan = sklearn.utils.all_estimators
    sklearn.utils.all_estimators = lambda *args, **kwargs: []
    try:
        return importlib.import_module("skops.io")
    finally:
        sklearn.utils.all_estimators = scan


sio = _import_skops_io()

REBUILD_HINT = "rebuild it with `python -m classifier.build_shipped` or `matte classifier train`"


class ModelError(Exception):
    """A model that cannot be used; the message is one line meant for the person running the command."""


@dataclass(frozen=True, slots=True)
class ModelFiles:
    """The three files that make up a saved model."""

    model: Path
    metadata: Path
    card: Path

    @classmethod
    def beside(cls, model_path: str | Path) -> ModelFiles:
        """`x.skops` has its metadata in `x.json` and its model card in `x.md`."""
        path = Path(model_path)
        return cls(path, path.with_suffix(".json"), path.with_suffix(".md"))


def save_model(model: Pipeline, path: str | Path, metadata: dict[str, Any], card: str) -> ModelFiles:
    """Write the model (skops, compressed), its metadata JSON and its Markdown model card."""
    files = ModelFiles.beside(path)
    files.model.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(model, files.model, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    full = {**metadata, "sklearn_version": sklearn.__version__, "skops_version": skops.__version__}
    files.metadata.write_text(json.dumps(full, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    files.card.write_text(card, encoding="utf-8")
    return files


def read_metadata(path: str | Path) -> dict[str, Any]:
    """The metadata saved beside a model; a ModelError if it is missing or unreadable."""
    files = ModelFiles.beside(path)
    if not files.model.is_file():
        raise ModelError(f"no model at {files.model}; {REBUILD_HINT}")
    try:
        metadata = json.loads(files.metadata.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(
            f"{files.metadata} is missing, so {files.model} cannot be checked; {REBUILD_HINT}"
        ) from None
    except (OSError, json.JSONDecodeError) as error:
        raise ModelError(f"cannot read {files.metadata}: {error}") from None
    if not isinstance(metadata, dict) or "sklearn_version" not in metadata:
        raise ModelError(f"{files.metadata} does not say which scikit-learn made the model; {REBUILD_HINT}")
    return metadata


def load_model(path: str | Path) -> tuple[Pipeline, dict[str, Any]]:
    """Load a model saved by `save_model`, refusing other scikit-learn releases and untrusted types."""
    files = ModelFiles.beside(path)
    metadata = read_metadata(files.model)
    saved = str(metadata["sklearn_version"])
    if saved != sklearn.__version__:
        raise ModelError(
            f"{files.model} was made with scikit-learn {saved} but {sklearn.__version__} is installed; "
            f"{REBUILD_HINT}"
        )
    try:
        untrusted = sio.get_untrusted_types(file=files.model)
    except (OSError, zipfile.BadZipFile, ValueError, KeyError) as error:
        raise ModelError(f"{files.model} is not a readable skops file: {error}") from None
    refused = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if refused:
        raise ModelError(f"refusing to load {files.model}: it contains untrusted types {', '.join(refused)}")
    model = sio.load(files.model, trusted=list(untrusted))
    if not isinstance(model, Pipeline):
        raise ModelError(f"{files.model} holds a {type(model).__name__}, not a scikit-learn Pipeline")
    return model, metadata
