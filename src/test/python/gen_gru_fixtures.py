#!/usr/bin/env python3
"""Writes the PyTorch reference fixtures the Java tests compare against (float64, no Python at test time).

Run from the repository root with a Python that has torch (1.13 was used):

    python3 src/test/python/gen_gru_fixtures.py

It rewrites src/test/resources/fixtures/*.json. Every number comes from PyTorch itself
(nn.GRU, nn.GRUCell, nn.LSTM, nn.RNN and autograd), except the reset-before cell step, which
PyTorch does not have: it is computed here from the same tensors, with the two bias vectors summed
per gate (Keras reset_after=False, Cho et al. 2014 v3).
"""
import json
import os

import torch

torch.set_default_dtype(torch.float64)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures")


def tolist(t):
    return t.detach().tolist()


def write(name, doc):
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print("wrote", os.path.normpath(path))


def params():
    configs = [
        ("GRU", 10, 20, 1, False, True, 0),
        ("GRU", 10, 20, 1, False, False, 0),
        ("GRU", 10, 20, 1, True, True, 0),
        ("GRU", 128, 256, 2, True, True, 0),
        ("GRU", 100, 50, 3, False, True, 0),
        ("GRU", 1, 1, 1, False, True, 0),
        ("GRU", 7, 3, 4, True, False, 0),
        ("GRU", 64, 128, 2, False, True, 0),
        ("GRU", 300, 512, 3, True, True, 0),
        ("LSTM", 128, 256, 1, False, True, 0),
        ("LSTM", 128, 256, 1, False, True, 64),
        ("LSTM", 128, 256, 2, False, True, 64),
        ("LSTM", 32, 64, 2, True, True, 16),
        ("LSTM", 32, 64, 2, True, False, 16),
        ("LSTM", 10, 20, 3, True, False, 0),
        ("LSTM", 5, 8, 1, True, True, 0),
        ("RNN", 128, 256, 1, False, True, 0),
        ("RNN", 10, 20, 2, True, True, 0),
        ("RNN", 10, 20, 3, False, False, 0),
        ("RNN", 1, 1, 1, True, True, 0),
        ("GRU", 512, 1024, 4, True, True, 0),
        ("LSTM", 512, 1024, 4, True, True, 512),
    ]
    cases = []
    for cell, i, h, layers, bi, bias, proj in configs:
        kwargs = dict(num_layers=layers, bidirectional=bi, bias=bias)
        if proj:
            kwargs["proj_size"] = proj
        module = getattr(torch.nn, cell)(i, h, **kwargs)
        cases.append({
            "cell": cell.lower(), "input": i, "hidden": h, "layers": layers, "bidirectional": bi,
            "bias": bias, "projSize": proj,
            "total": sum(p.numel() for p in module.parameters()),
            "tensors": [{"name": n, "shape": list(p.shape)} for n, p in module.named_parameters()],
        })
    write("params.json", {"source": "torch " + torch.__version__ + " named_parameters()", "cases": cases})


def reset_before(cell, x, h):
    """The reset-before step from the same tensors: biases summed per gate, r applied to h before W_hn."""
    H = cell.hidden_size
    gi = x @ cell.weight_ih.T
    gh = h @ cell.weight_hh.T
    b = cell.bias_ih + cell.bias_hh
    r = torch.sigmoid(gi[:H] + gh[:H] + b[:H])
    z = torch.sigmoid(gi[H:2 * H] + gh[H:2 * H] + b[H:2 * H])
    n = torch.tanh(gi[2 * H:] + (r * h) @ cell.weight_hh[2 * H:].T + b[2 * H:])
    return r, z, n, (1 - z) * n + z * h


def reset_after_gates(cell, x, h):
    H = cell.hidden_size
    gi = x @ cell.weight_ih.T + cell.bias_ih
    gh = h @ cell.weight_hh.T + cell.bias_hh
    r = torch.sigmoid(gi[:H] + gh[:H])
    z = torch.sigmoid(gi[H:2 * H] + gh[H:2 * H])
    n = torch.tanh(gi[2 * H:] + r * gh[2 * H:])
    return r, z, n


def cell_steps():
    cases = []

    def add(name, cell, x, h):
        with torch.no_grad():
            h_torch = cell(x.unsqueeze(0), h.unsqueeze(0))[0]
            r, z, n = reset_after_gates(cell, x, h)
            after_h = (1 - z) * n + z * h
            assert torch.allclose(after_h, h_torch, atol=1e-15, rtol=0), name
            rb, zb, nb, hb = reset_before(cell, x, h)
        cases.append({
            "name": name, "input": cell.input_size, "hidden": cell.hidden_size,
            "weight_ih": tolist(cell.weight_ih), "weight_hh": tolist(cell.weight_hh),
            "bias_ih": tolist(cell.bias_ih), "bias_hh": tolist(cell.bias_hh),
            "x": tolist(x), "h": tolist(h),
            "after": {"r": tolist(r), "z": tolist(z), "n": tolist(n), "h": tolist(h_torch)},
            "before": {"r": tolist(rb), "z": tolist(zb), "n": tolist(nb), "h": tolist(hb)},
        })

    # Fact sheet test vector A (I = H = 1) and B (I = H = 2).
    a = torch.nn.GRUCell(1, 1)
    with torch.no_grad():
        a.weight_ih.copy_(torch.tensor([[0.5], [-0.3], [0.8]]))
        a.weight_hh.copy_(torch.tensor([[0.2], [0.4], [-0.6]]))
        a.bias_ih.copy_(torch.tensor([0.1, 0.0, -0.1]))
        a.bias_hh.copy_(torch.tensor([0.05, -0.05, 0.2]))
    add("fact sheet vector A", a, torch.tensor([1.0]), torch.tensor([0.5]))
    b = torch.nn.GRUCell(2, 2)
    with torch.no_grad():
        b.weight_ih.copy_(torch.tensor([[0.1, 0.2], [0.3, -0.1], [-0.2, 0.1], [0.0, 0.4], [0.5, -0.5], [0.25, 0.1]]))
        b.weight_hh.copy_(torch.tensor([[0.3, 0.0], [-0.2, 0.1], [0.1, 0.2], [0.3, -0.4], [0.0, 0.6], [-0.3, 0.2]]))
        b.bias_ih.copy_(torch.tensor([0.0, 0.1, 0.2, -0.1, 0.05, 0.0]))
        b.bias_hh.copy_(torch.tensor([0.1, 0.0, 0.0, 0.1, -0.05, 0.05]))
    add("fact sheet vector B", b, torch.tensor([1.0, -2.0]), torch.tensor([0.3, -0.7]))
    torch.manual_seed(5)
    for i, h in [(3, 4), (5, 2), (1, 6), (8, 8)]:
        cell = torch.nn.GRUCell(i, h)
        add("random I=%d H=%d" % (i, h), cell, torch.randn(i), torch.randn(h) * 0.5)
    cell = torch.nn.GRUCell(3, 3)
    add("zero state I=3 H=3", cell, torch.randn(3), torch.zeros(3))
    write("gru_cell.json", {"source": "torch " + torch.__version__ + " nn.GRUCell", "cases": cases})


def make_gru(i, h, layers, bi, seed):
    torch.manual_seed(seed)
    return torch.nn.GRU(i, h, num_layers=layers, bidirectional=bi)


def sequences():
    cases = []
    configs = [  # input, hidden, layers, bidirectional, steps, with h0
        (3, 4, 1, False, 5, False),
        (3, 4, 1, False, 5, True),
        (2, 3, 1, True, 4, True),
        (4, 3, 2, False, 6, True),
        (3, 5, 2, True, 3, False),
        (2, 2, 3, True, 5, True),
        (5, 4, 3, False, 4, False),
        (1, 1, 1, False, 1, True),
    ]
    for k, (i, h, layers, bi, steps, with_h0) in enumerate(configs):
        gru = make_gru(i, h, layers, bi, 100 + k)
        d = 2 if bi else 1
        xs = torch.randn(steps, 1, i)
        h0 = torch.randn(layers * d, 1, h) * 0.5 if with_h0 else None
        with torch.no_grad():
            out, hn = gru(xs, h0) if with_h0 else gru(xs)
        cases.append({
            "input": i, "hidden": h, "layers": layers, "bidirectional": bi,
            "weights": {n: tolist(p) for n, p in gru.state_dict().items()},
            "xs": tolist(xs[:, 0, :]), "h0": tolist(h0[:, 0, :]) if with_h0 else None,
            "output": tolist(out[:, 0, :]), "hN": tolist(hn[:, 0, :]),
        })
    write("gru_sequence.json", {"source": "torch " + torch.__version__ + " nn.GRU, batch 1", "cases": cases})


def gradients():
    cases = []
    configs = [  # input, hidden, layers, bidirectional, steps, loss
        (3, 4, 1, False, 5, "sum"),
        (3, 4, 1, False, 5, "mse"),
        (2, 3, 2, True, 4, "sum"),
        (2, 3, 2, True, 4, "mse"),
        (4, 2, 3, False, 6, "sum"),
        (3, 3, 3, True, 3, "mse"),
        (1, 1, 1, False, 1, "sum"),
    ]
    for k, (i, h, layers, bi, steps, loss_name) in enumerate(configs):
        gru = make_gru(i, h, layers, bi, 200 + k)
        d = 2 if bi else 1
        xs = torch.randn(steps, 1, i, requires_grad=True)
        h0 = (torch.randn(layers * d, 1, h) * 0.5).requires_grad_(True)
        out, hn = gru(xs, h0)
        target = None
        if loss_name == "sum":
            loss = out.sum()
        else:
            target = torch.randn(steps, 1, d * h)
            loss = torch.nn.functional.mse_loss(out, target)
        loss.backward()
        grads = {n: tolist(p.grad) for n, p in gru.named_parameters()}
        grads["h0"] = tolist(h0.grad[:, 0, :])
        grads["xs"] = tolist(xs.grad[:, 0, :])
        cases.append({
            "input": i, "hidden": h, "layers": layers, "bidirectional": bi, "loss": loss_name,
            "weights": {n: tolist(p) for n, p in gru.state_dict().items()},
            "xs": tolist(xs[:, 0, :]), "h0": tolist(h0[:, 0, :]),
            "target": tolist(target[:, 0, :]) if target is not None else None,
            "lossValue": loss.item(), "grads": grads,
        })
    write("gru_gradients.json", {"source": "torch " + torch.__version__ + " autograd, batch 1", "cases": cases})


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    params()
    cell_steps()
    sequences()
    gradients()
