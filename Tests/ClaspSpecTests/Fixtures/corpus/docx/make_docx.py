#!/usr/bin/env python3
"""Packs document.xml (beside this script) into a minimal but real .docx: the content-types
part, the package relationships and word/document.xml, as Word itself lays them out.

usage: make_docx.py OUTPUT.docx
"""
import pathlib
import sys
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>
"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
"""

def main() -> None:
    output = pathlib.Path(sys.argv[1])
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", CONTENT_TYPES)
        docx.writestr("_rels/.rels", RELS)
        docx.writestr("word/document.xml", (HERE / "document.xml").read_text(encoding="utf-8"))

if __name__ == "__main__":
    main()
