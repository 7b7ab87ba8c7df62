#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference SigV4 signatures from botocore, for tests/unit/tst_sigv4botocore.cpp.

Usage: botocore_sigv4.py in.json out.json

in.json:  {"requests": [{"mode": "header" | "s3header" | "presign" | "s3presign",
                         "method": "GET",
                         "path": b64, "query": b64,          # exactly as on the wire
                         "headers": [[b64 name, b64 value], ...],   # order and repeats kept
                         "body": b64,
                         "accessKeyId": str, "secretAccessKey": str, "sessionToken": str or null,
                         "region": str, "service": str,
                         "time": "YYYYMMDDTHHMMSSZ",
                         "expires": int (presign modes)}, ...]}
out.json: {"botocore": version,
           "results": [{"canonicalRequest": b64, "stringToSign": b64,
                        "authorization": b64 (header modes) | "presignedQuery": b64 (presign modes)}]}

Modes: "header" is botocore.auth.SigV4Auth.add_auth (the real code path: X-Amz-Date and
X-Amz-Security-Token are set, path normalised and quoted once more); "s3header" is S3SigV4Auth
(path kept as is, X-Amz-Content-SHA256 set to the body hash); "presign" is SigV4QueryAuth (body
hash signed) and "s3presign" S3SigV4QueryAuth (path kept, UNSIGNED-PAYLOAD). The clock is pinned
by patching botocore.auth.get_current_datetime, which add_auth reads in botocore 1.43.
"""

import base64
import datetime
import json
import sys
from unittest import mock

import botocore
import botocore.auth
from botocore.auth import S3SigV4Auth, S3SigV4QueryAuth, SigV4Auth, SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.compat import HTTPHeaders, urlsplit
from botocore.credentials import Credentials

HOST_URL = 'http://example.amazonaws.com'


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.b64encode(data).decode('ascii')


def unb64(text):
    return base64.b64decode(text)


class Recording:
    """Mixin that keeps what botocore computed on the way to the signature."""

    def canonical_request(self, request):
        self.last_canonical_request = super().canonical_request(request)
        return self.last_canonical_request

    def string_to_sign(self, request, canonical_request):
        self.last_string_to_sign = super().string_to_sign(request, canonical_request)
        return self.last_string_to_sign


class RecordingSigV4Auth(Recording, SigV4Auth):
    pass


class RecordingS3SigV4Auth(Recording, S3SigV4Auth):
    pass


class RecordingSigV4QueryAuth(Recording, SigV4QueryAuth):
    pass


class RecordingS3SigV4QueryAuth(Recording, S3SigV4QueryAuth):
    pass


def build_request(spec):
    # The path may hold raw UTF-8 (as in the official suite); everything else is ASCII.
    path = unb64(spec['path']).decode('utf-8')
    query = unb64(spec['query']).decode('utf-8')
    url = HOST_URL + path + ('?' + query if query else '')
    headers = HTTPHeaders()
    for name, value in spec['headers']:
        # HTTPHeaders (an email Message) appends on assignment: repeated names stay repeated,
        # in order.
        headers[unb64(name).decode('ascii')] = unb64(value).decode('ascii')
    request = AWSRequest(method=spec['method'], url=url, headers=headers, data=unb64(spec['body']))
    return request


SIGNERS = {
    'header': RecordingSigV4Auth,
    's3header': RecordingS3SigV4Auth,
    'presign': RecordingSigV4QueryAuth,
    's3presign': RecordingS3SigV4QueryAuth,
}


def sign(spec):
    mode = spec['mode']
    credentials = Credentials(spec['accessKeyId'], spec['secretAccessKey'], spec.get('sessionToken'))
    now = datetime.datetime.strptime(spec['time'], '%Y%m%dT%H%M%SZ')
    request = build_request(spec)
    if mode in ('presign', 's3presign'):
        auth = SIGNERS[mode](credentials, spec['service'], spec['region'], expires=spec['expires'])
    else:
        auth = SIGNERS[mode](credentials, spec['service'], spec['region'])
    with mock.patch('botocore.auth.get_current_datetime', return_value=now):
        auth.add_auth(request)
    if request.context['timestamp'] != spec['time']:
        raise RuntimeError('clock not pinned: botocore signed at ' + request.context['timestamp'])
    result = {
        'canonicalRequest': b64(auth.last_canonical_request),
        'stringToSign': b64(auth.last_string_to_sign),
    }
    if mode in ('presign', 's3presign'):
        result['presignedQuery'] = b64(urlsplit(request.url).query)
    else:
        result['authorization'] = b64(request.headers['Authorization'])
    return result


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: botocore_sigv4.py in.json out.json\n')
        return 2
    with open(argv[1], encoding='utf-8') as f:
        specs = json.load(f)['requests']
    results = [sign(spec) for spec in specs]
    with open(argv[2], 'w', encoding='utf-8') as f:
        json.dump({'botocore': botocore.__version__, 'results': results}, f)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
