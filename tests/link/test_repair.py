"""The local repair's average-link clustering of a similarity matrix."""
import numpy as np

from onrecord.link.repair import average_link


def test_average_link_cuts_between_groups():
    sims = np.array([[1.0, 0.9, 0.1, 0.0], [0.9, 1.0, 0.2, 0.1], [0.1, 0.2, 1.0, 0.8], [0.0, 0.1, 0.8, 1.0]])
    assert average_link(sims, 0.5) == [[0, 1], [2, 3]]
    assert average_link(sims, 0.05) == [[0, 1, 2, 3]]
    assert average_link(sims, 0.95) == [[0], [1], [2], [3]]
