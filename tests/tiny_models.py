"""Build tiny but valid Argos packages whose translations are known exactly.

Each package holds a character-level sentencepiece model and a CTranslate2
Transformer with hand-set weights: decoding step ``t`` attends to source
position ``t`` only, and the output projection maps each source piece through
a chosen function (upper-case, lower-case, swap case), so ``translate`` returns
``f(x)`` piece by piece and ``</s>`` after the last piece. No network, a few
seconds to build.

Run as ``python tests/tiny_models.py OUTDIR`` to write the ``.argosmodel`` files.
"""
from __future__ import annotations

import io
import json
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Callable, Dict, List, Tuple

LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"
ALPHABET = (
    LATIN + LATIN.upper() + CYRILLIC + CYRILLIC.upper()
    + "0123456789" + ".,!?;:'\"-—–«»“”„()[]…’%/&"
)
TRAINING_SENTENCES = (
    "The cat sat quietly on a warm mat, didn't it?",
    "Dr. Brown paid 3.5 dollars for 12 apples!",
    "«Ничего страшного», — сказал он в 2024 году.",
    "Мы ждём ответа: «да» или «нет»?",
    "Ми чекаємо на їхню відповідь, ґанок сьогодні зачинено.",
    "“Quotes” and (brackets) — all here; 100% sure…",
)
MAX_POSITIONS = 256
GAIN = 100.0  # logit gap between the chosen position/piece and the rest, before scaling

Direction = Tuple[str, str, str]
# (from, to, rule): rule names a function of each piece, see RULES.
DIRECTIONS: Tuple[Direction, ...] = (
    ("en", "ru", "upper"),
    ("ru", "en", "lower"),
    ("en", "uk", "swapcase_digits"),
    ("uk", "en", "lower"),
)
NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian"}


def _swapcase_digits(piece: str) -> str:
    if len(piece) == 1 and piece.isdigit() and piece in "0123456789":
        return str((int(piece) + 1) % 10)
    return piece.swapcase()


RULES: Dict[str, Callable[[str], str]] = {
    "copy": lambda piece: piece,
    "upper": str.upper,
    "lower": str.lower,
    "swapcase_digits": _swapcase_digits,
}


def expected(rule: str, text: str) -> str:
    """What a tiny package with ``rule`` returns for one sentence ``text``."""
    return "".join(RULES[rule](ch) for ch in text)


def train_sentencepiece() -> bytes:
    """A character-level sentencepiece model holding both cases of every letter."""
    import sentencepiece as spm

    seen = set("".join(TRAINING_SENTENCES))
    missing = [ch for ch in ALPHABET if ch not in seen]
    out = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(TRAINING_SENTENCES),
        model_writer=out,
        model_type="char",
        vocab_size=len(ALPHABET) + 8,
        hard_vocab_limit=False,
        character_coverage=1.0,
        normalization_rule_name="identity",
        user_defined_symbols=missing,
        minloglevel=2,
    )
    return out.getvalue()


def _pieces(sp_model: bytes) -> List[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=sp_model)
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def build_model(pieces: List[str], rule: str, out_dir: Path, quantization: str = "int8") -> None:
    """Save a CTranslate2 Transformer that maps each piece through ``RULES[rule]``.

    Residual width is ``V + L``: one dim per vocabulary piece, one per position.
    The encoder passes ``onehot(piece) + onehot(position)`` through (zero layer,
    final layer norm undone by its gain and bias); the decoder's query is
    ``onehot(step)``, its keys the source positions (gain ``GAIN``), its values
    the source piece, and the output projection writes ``onehot(f(piece))``.
    Weight rows are one-hot, so int8 quantization keeps them exact.
    """
    import numpy as np
    from ctranslate2.specs import transformer_spec

    func = RULES[rule]
    index = {p: i for i, p in enumerate(pieces)}
    vocab, positions = len(pieces), MAX_POSITIONS
    d = vocab + positions
    f32 = np.float32

    spec = transformer_spec.TransformerSpec(
        transformer_spec.TransformerEncoderSpec(1, 1),
        transformer_spec.TransformerDecoderSpec(1, 1),
    )
    spec.config.add_source_eos = True
    enc, dec = spec.encoder, spec.decoder

    onehot_pos = np.zeros((positions, d), f32)
    onehot_pos[np.arange(positions), vocab + np.arange(positions)] = 1.0

    enc.scale_embeddings = False
    enc.embeddings[0].weight = np.eye(vocab, d, dtype=f32)
    enc.position_encodings.encodings = onehot_pos
    _zero_layer(enc.layer[0].self_attention, d, fused=3)
    _zero_ffn(enc.layer[0].ffn, d)
    # Input rows hold two ones: layer norm gives (x - mean) / std; undo it.
    mean2, std2 = 2.0 / d, float(np.sqrt(2.0 / d - 4.0 / d**2 + 1e-6))
    enc.layer_norm.gamma = np.full(d, std2, f32)
    enc.layer_norm.beta = np.full(d, mean2, f32)

    dec.scale_embeddings = False
    dec.embeddings.weight = np.zeros((vocab, d), f32)
    dec.position_encodings.encodings = onehot_pos
    layer = dec.layer[0]
    _zero_layer(layer.self_attention, d, fused=3)
    _zero_ffn(layer.ffn, d)

    att = layer.attention
    # Decoder input rows hold one 1 (its position): undo the layer norm likewise.
    mean1, std1 = 1.0 / d, float(np.sqrt(1.0 / d - 1.0 / d**2 + 1e-6))
    att.layer_norm.gamma = np.full(d, std1, f32)
    att.layer_norm.beta = np.full(d, mean1, f32)
    query = np.zeros((d, d), f32)
    query[vocab:, vocab:] = np.eye(positions, dtype=f32)
    keys = np.zeros((d, d), f32)
    # Attention logits are divided by sqrt(d): scale keys so the gap stays GAIN.
    keys[vocab:, vocab:] = GAIN * float(np.sqrt(d)) * np.eye(positions, dtype=f32)
    values = np.zeros((d, d), f32)
    values[:vocab, :vocab] = np.eye(vocab, dtype=f32)
    # Past the last source piece no position matches: a constant query dim
    # meeting the </s> key (half the gain) makes every later step emit </s>.
    eos = index["</s>"]
    query_bias = np.zeros(d, f32)
    query_bias[eos] = 1.0
    keys[eos, eos] = GAIN / 2 * float(np.sqrt(d))
    att.linear[0].weight = query
    att.linear[0].bias = query_bias
    att.linear[1].weight = np.concatenate([keys, values])
    att.linear[1].bias = np.zeros(2 * d, f32)
    out = np.zeros((d, d), f32)
    for i, piece in enumerate(pieces):
        out[index.get(_map_piece(func, piece), i), i] = 1.0
    att.linear[2].weight = out
    att.linear[2].bias = np.zeros(d, f32)

    dec.layer_norm.gamma = np.ones(d, f32)
    dec.layer_norm.beta = np.zeros(d, f32)
    projection = np.zeros((vocab, d), f32)
    projection[:, :vocab] = GAIN * np.eye(vocab, dtype=f32)
    dec.projection.weight = projection
    dec.projection.bias = np.zeros(vocab, f32)

    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    spec.optimize(quantization=quantization)
    out_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(out_dir))


def _map_piece(func: Callable[[str], str], piece: str) -> str:
    if piece.startswith("<") and piece.endswith(">"):
        return piece
    return func(piece)


def _zero_layer(attention, d: int, fused: int) -> None:
    import numpy as np

    attention.layer_norm.gamma = np.ones(d, np.float32)
    attention.layer_norm.beta = np.zeros(d, np.float32)
    attention.linear[0].weight = np.zeros((fused * d, d), np.float32)
    attention.linear[0].bias = np.zeros(fused * d, np.float32)
    attention.linear[1].weight = np.zeros((d, d), np.float32)
    attention.linear[1].bias = np.zeros(d, np.float32)


def _zero_ffn(ffn, d: int) -> None:
    import numpy as np

    ffn.layer_norm.gamma = np.ones(d, np.float32)
    ffn.layer_norm.beta = np.zeros(d, np.float32)
    ffn.linear_0.weight = np.zeros((8, d), np.float32)
    ffn.linear_0.bias = np.zeros(8, np.float32)
    ffn.linear_1.weight = np.zeros((d, 8), np.float32)
    ffn.linear_1.bias = np.zeros(d, np.float32)


def metadata(source: str, target: str, rule: str, **extra: object) -> Dict[str, object]:
    """The ``metadata.json`` of a tiny package."""
    meta: Dict[str, object] = {
        "package_version": "0.0.1",
        "argos_version": "1.9",
        "from_code": source,
        "from_name": NAMES.get(source, source),
        "to_code": target,
        "to_name": NAMES.get(target, target),
        "type": "translate",
        "links": [],
        "tiny_rule": rule,
    }
    meta.update(extra)
    return meta


def build_package_dir(root: Path, source: str, target: str, rule: str,
                      sp_model: bytes, tokenizer: str = "sentencepiece") -> Path:
    """Write an unpacked package ``root/translate-SRC_TGT-tiny`` and return its path."""
    top = root / f"translate-{source}_{target}-tiny"
    top.mkdir(parents=True, exist_ok=True)
    (top / "metadata.json").write_text(
        json.dumps(metadata(source, target, rule), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    (top / "README.md").write_text(
        f"# Tiny {source}→{target} test package\n\nMaps each character through `{rule}`. "
        "Built by tests/tiny_models.py; not a real translation model.\n",
        encoding="utf-8",
    )
    if tokenizer == "sentencepiece":
        (top / "sentencepiece.model").write_bytes(sp_model)
    else:
        (top / "bpe.model").write_text("#version: 0.2\nt h\nth e</w>\n", encoding="utf-8")
    build_model(_pieces(sp_model), rule, top / "model")
    return top


def zip_package(package_dir: Path, archive: Path) -> Path:
    """Zip ``package_dir`` as an ``.argosmodel`` with one top folder."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(package_dir.rglob("*")):
            zf.write(path, str(path.relative_to(package_dir.parent)))
    return archive


def build_all(out_dir: Path, directions: Tuple[Direction, ...] = DIRECTIONS) -> Dict[Tuple[str, str], Path]:
    """Build one ``.argosmodel`` per direction into ``out_dir``; return them by (from, to)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sp_model = train_sentencepiece()
    built = {}
    with tempfile.TemporaryDirectory(prefix="tiny-argos-") as staging:
        for source, target, rule in directions:
            package_dir = build_package_dir(Path(staging), source, target, rule, sp_model)
            archive = out_dir / f"translate-{source}_{target}-tiny.argosmodel"
            built[(source, target)] = zip_package(package_dir, archive)
    return built


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/tiny_models.py OUTDIR")
    for (src, tgt), path in build_all(Path(sys.argv[1])).items():
        print(f"{src}→{tgt}\t{path}")
