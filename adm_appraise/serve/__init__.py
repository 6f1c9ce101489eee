"""``adm-appraise serve``: a live workshop over an appraisal's files (a decision conference).

The layers, each in its own module:

- ``cells``: what the page can change (a weight, a swing, a score, its rationale or moderation
  note, an assessor's panel score), each named by a cell id, read from and written into the
  YAML text through ``files.edit`` (comments and layout kept);
- ``workshop``: the appraisal as served: a snapshot (ranking, switching values, panel agreement,
  the HTML report) rebuilt when the files change, and the one place that writes: every change
  checked against the value the writer saw (a version check per cell), validated as ``validate``
  would in a staging copy, written atomically and, in git, committed with the reason typed;
- ``app``: the Starlette application (tokens, the same-origin check, JSON in and out, the file
  watcher); it imports starlette, so nothing else here does;
- ``static/``: the facilitator's page and the assessors' form (plain HTML and script).
"""
