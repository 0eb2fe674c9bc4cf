#!/usr/bin/env python3
"""The files of src/ that run code between the POST and the reply of one question turn, from coverlet's reports.

    build/route-files.py <first question alone>.xml [<first question alone, again>.xml ...] <both questions>.xml

Each argument is a coverage.cobertura.xml. A file counts when one of its lines was hit more often in the last report
(the warm-up question, then the measured one) than in every one of the others (the warm-up question alone): what the
background loops do in the meantime varies between runs and is left out so. Generated sources (obj/) are left out.
Prints the files, then their count by project.
"""
import collections
import sys
import xml.etree.ElementTree as ET


def line_hits(report):
    hits = collections.Counter()
    for cls in ET.parse(report).getroot().iter('class'):
        name = cls.get('filename').replace('\\', '/')
        for line in cls.iter('line'):
            hits[(name, int(line.get('number')))] += int(line.get('hits'))
    return hits


def in_src(name):
    at = name.find('src/')
    return name[at + 4:] if at >= 0 and '/obj/' not in name else None


def main(reports):
    if len(reports) < 2:
        sys.exit(__doc__)
    *alone, both = (line_hits(report) for report in reports)
    files = sorted({in_src(name) for (name, number), hits in both.items()
                    if in_src(name) and hits > max(run.get((name, number), 0) for run in alone)})
    for name in files:
        print(name)
    by_project = collections.Counter(name.split('/')[0] for name in files)
    print(f'{len(files)} files: ' + ', '.join(f'{n} in {p}' for p, n in by_project.most_common()))


if __name__ == '__main__':
    main(sys.argv[1:])
