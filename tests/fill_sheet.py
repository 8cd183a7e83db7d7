"""Fills in an Uitzicht preparation sheet as a person would in a word processor, with
python-docx (an implementation independent of ours): types into every empty answer cell,
some answers as a bulleted list, some over two paragraphs, some split over several runs,
and adds a row of its own under a question. Prints each answer it typed, one per line, as
`prompt<TAB>answer`, for the test to look for after reading the sheet back.

usage: python3 fill_sheet.py IN.docx OUT.docx
"""
import sys

import docx

source, target = sys.argv[1], sys.argv[2]
document = docx.Document(source)
typed = []
number = 0
for table in document.tables:
    for row in list(table.rows):
        cells = row.cells
        if len(cells) < 2 or cells[1].text.strip():
            continue
        prompt = cells[0].text.strip()
        number += 1
        answer = cells[1]
        first = answer.paragraphs[0]
        if number % 3 == 1:
            # Typed in pieces, as Word saves a sentence edited twice: three runs.
            text = f"Antwoord {number} met een woord"
            for piece in (f"Antwoord {number} ", "met een ", "woord"):
                run = first.add_run(piece)
            run.bold = True
            typed.append((prompt, text))
        elif number % 3 == 2:
            # A list, with a blank line before it.
            first.add_run("")
            for item in (f"Punt {number}a", f"Punt {number}b"):
                answer.add_paragraph(f"• {item}")
                typed.append((prompt, item))
        else:
            # One answer over two paragraphs.
            first.add_run(f"Antwoord {number} begint hier")
            answer.add_paragraph("en gaat hier verder.")
            typed.append((prompt, f"Antwoord {number} begint hier en gaat hier verder."))
    # A row added under the last question, its left cell left empty: it belongs above.
    if typed and len(table.columns) == 2 and not table.rows[0].cells[0].text.startswith(("Kind", "Child")):
        row = table.add_row()
        row.cells[1].text = f"Nog iets {number}"
        typed.append((table.rows[-2].cells[0].text.strip(), f"Nog iets {number}"))
document.save(target)
for prompt, text in typed:
    print(f"{prompt}\t{text}")
