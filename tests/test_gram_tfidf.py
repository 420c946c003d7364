"""`GramTfidf` gives exactly the matrices of scikit-learn's `TfidfVectorizer` with the same settings:
the rumour matcher's threshold was calibrated on those."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from classifier.gram_tfidf import GramTfidf
from classifier.rumours import features, matching_form, query_features

DOCUMENTS = [
    matching_form(text)
    for text in (
        "【拡散希望】お湯を飲むとウイルスが死ぬと医師が言っていました",
        "還付金があります。ATMでお手続きください",
        "Drinking hot water every 15 minutes kills the virus, says a doctor",
        "地震のあと動物園からライオンが逃げたという投稿",
        "お湯 お湯 お湯 ウイルス",
    )
]
QUERIES = [
    matching_form(text)
    for text in (
        "友達から回ってきた：お湯を15分おきに飲めばウイルスは死ぬらしい",
        "今日の夕飯はカレーです",
        "",
        "ATM ATM 還付金 還付金 還付金",
        "hot water kills the virus apparently",
    )
]


def test_same_matrices_as_tfidf_vectorizer() -> None:
    reference = TfidfVectorizer(analyzer=features, sublinear_tf=True, dtype=np.float32)
    expected_index = reference.fit_transform(DOCUMENTS)
    ours = GramTfidf(features, DOCUMENTS)
    assert ours.vocabulary == reference.vocabulary_
    np.testing.assert_allclose(ours.matrix.toarray(), expected_index.toarray(), rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(
        ours.transform(QUERIES).toarray(), reference.transform(QUERIES).toarray(), rtol=1e-6, atol=1e-7
    )


def test_a_query_sharing_nothing_with_the_index_is_an_empty_row() -> None:
    ours = GramTfidf(features, DOCUMENTS)
    rows = ours.transform(["今日の夕飯はカレーです", "お湯"])
    assert rows.shape == (2, len(ours.vocabulary))
    assert rows[0].nnz == 0 and rows[1].nnz > 0
    assert ours.matrix.dtype == np.float32


def test_the_faster_query_analyser_gives_the_same_rows() -> None:
    ours = GramTfidf(features, DOCUMENTS)
    faster = GramTfidf(features, DOCUMENTS, query_features)
    texts = [*QUERIES, *DOCUMENTS, matching_form("ワクチンはDNAを変える、って本当？ hot-water 2024年")]
    np.testing.assert_array_equal(faster.transform(texts).toarray(), ours.transform(texts).toarray())
