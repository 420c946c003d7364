"""Models are saved with skops beside their metadata and card, loaded only with the explicit trust list,
and a model from another scikit-learn release is refused with one readable line."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
import sklearn
import skops.io as sio
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.pipeline import Pipeline

from classifier.model_io import TRUSTED_TYPES, ModelError, ModelFiles, load_model, save_model
from classifier.pipeline import build_pipeline
from classifier.testing import tiny_rows


class Sneaky(BaseEstimator, TransformerMixin):
    """A type the loader has never heard of."""

    def fit(self, texts: list[str], y: object = None) -> Sneaky:
        return self

    def transform(self, texts: list[str]) -> list[str]:
        return texts


@pytest.fixture(scope="module")
def fitted() -> Pipeline:
    texts, labels = zip(*tiny_rows(), strict=True)
    return build_pipeline().fit(list(texts), np.array(labels))


def test_round_trip_keeps_predictions_and_writes_three_files(fitted: Pipeline, tmp_path: Path) -> None:
    files = save_model(fitted, tmp_path / "m.skops", {"threshold": 0.42}, "# card\n")
    assert files == ModelFiles(tmp_path / "m.skops", tmp_path / "m.json", tmp_path / "m.md")
    assert zipfile.is_zipfile(files.model)
    assert files.card.read_text(encoding="utf-8") == "# card\n"
    loaded, metadata = load_model(files.model)
    assert metadata["threshold"] == 0.42
    assert metadata["sklearn_version"] == sklearn.__version__
    texts = ["至急パスワードを入力", "また明日ね"]
    np.testing.assert_allclose(loaded.predict_proba(texts), fitted.predict_proba(texts))


# A fresh interpreter, where `classifier.model_io` imports skops itself (this test process may already
# have imported skops.io with skops' own default trust list).
FRESH_LOAD = """
import sys
from classifier.model_io import load_model, sio
load_model(sys.argv[1])
print(sorted(sio.get_untrusted_types(file=sys.argv[1])))
print("sklearn.gaussian_process" in sys.modules)
"""


def test_trust_list_is_exactly_what_the_pipeline_needs(fitted: Pipeline, tmp_path: Path) -> None:
    files = save_model(fitted, tmp_path / "m.skops", {}, "")
    assert set(sio.get_untrusted_types(file=files.model)) <= set(TRUSTED_TYPES)
    done = subprocess.run(
        [sys.executable, "-c", FRESH_LOAD, str(files.model)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    untrusted, scanned = done.stdout.splitlines()
    assert untrusted == repr(sorted(TRUSTED_TYPES))
    assert scanned == "False", "skops scanned every scikit-learn estimator on import"


def test_untrusted_type_is_refused(tmp_path: Path) -> None:
    files = save_model(Pipeline([("sneaky", Sneaky())]), tmp_path / "bad.skops", {}, "")
    with pytest.raises(ModelError, match=r"refusing to load .*untrusted types .*Sneaky"):
        load_model(files.model)


@pytest.mark.parametrize("other", ["0.24.2", sklearn.__version__ + ".post1"])
def test_other_sklearn_version_gives_one_line_message(fitted: Pipeline, tmp_path: Path, other: str) -> None:
    files = save_model(fitted, tmp_path / "m.skops", {}, "")
    metadata = json.loads(files.metadata.read_text(encoding="utf-8"))
    metadata["sklearn_version"] = other
    files.metadata.write_text(json.dumps(metadata), encoding="utf-8")
    with pytest.raises(ModelError) as error:
        load_model(files.model)
    message = str(error.value)
    assert f"scikit-learn {other} but {sklearn.__version__} is installed" in message
    assert "build_shipped" in message and "\n" not in message


def test_missing_metadata_and_missing_model_are_clear(fitted: Pipeline, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no model at"):
        load_model(tmp_path / "absent.skops")
    files = save_model(fitted, tmp_path / "m.skops", {}, "")
    files.metadata.unlink()
    with pytest.raises(ModelError, match=r"m\.json is missing"):
        load_model(files.model)


def test_corrupt_model_file_is_a_model_error(fitted: Pipeline, tmp_path: Path) -> None:
    files = save_model(fitted, tmp_path / "m.skops", {}, "")
    files.model.write_bytes(b"not a zip file")
    with pytest.raises(ModelError, match="not a readable skops file"):
        load_model(files.model)
