#!/usr/bin/env python3
"""A local SMTP server for the follow-up benchmark: takes every message and writes its Message-ID, one a line, to a file.
Usage: smtp-sink.py PORT FILE   (Python 3.11 or older: its smtpd module)"""
import asyncore
import re
import sys
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)
import smtpd  # noqa: E402

port, path = int(sys.argv[1]), sys.argv[2]
out = open(path, "a", buffering=1)
MESSAGE_ID = re.compile(rb"^Message-ID:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        found = MESSAGE_ID.search(data if isinstance(data, bytes) else data.encode())
        out.write((found.group(1).decode() if found else "no-id") + "\n")


Sink(("127.0.0.1", port), None, decode_data=False)
asyncore.loop()
