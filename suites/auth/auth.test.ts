/*---
requirements: [AUTH-ACCEPTED, AUTH-BAD-SIGNATURE]
source: csms-facts §10 (X-Auth-Token; SDK-HMAC-SHA256) and §9 (APIGW.0301, 401; five failures lock the AK)
info: |
  Requests authenticated as configured are accepted. Exactly one request per run carries a
  wrong signature, because five failures lock the AK for five minutes. A target that accepts
  requests with no credentials at all does not enforce authentication (common in emulators):
  the signature check is then not applicable. One that refuses anonymous requests but takes
  a wrong signature verifies signatures wrongly, and fails. The gateway's code APIGW.0301 is
  required on a live region; an emulator's 401 may carry any code.
---*/
import { requirement, errorCode } from '#harness';

requirement('AUTH-ACCEPTED', 'requests with the configured credentials are accepted', async (t) => {
  const creds = t.run.config.credentials;
  if (creds.kind === 'none') t.notApplicable('no credentials configured (CSMS_AUTH_TOKEN or HUAWEICLOUD_SDK_AK/SK)');
  const res = await t.api.listSecrets({ limit: 1 });
  t.status('AUTH-ACCEPTED', res, [200], `ListSecrets with ${creds.kind === 'token' ? 'X-Auth-Token' : 'an SDK-HMAC-SHA256 signature'}`);
});

requirement('AUTH-BAD-SIGNATURE', 'a request with a wrong signature is refused with 401 APIGW.0301', async (t) => {
  if (t.run.targetClass !== 'live') {
    const anonymous = await t.api.listSecrets({ limit: 1 }, { unauthenticated: true });
    if (anonymous.status === 200) t.notApplicable('the target answers requests without any credentials: it does not enforce authentication');
  }
  const res = await t.api.listSecrets({ limit: 1 }, { corruptSignature: true });
  const code = errorCode(res);
  if (t.run.targetClass === 'live') {
    t.verify('AUTH-BAD-SIGNATURE', res.status === 401 && /^APIGW?\.0301$/.test(code ?? ''), `a wrong signature answered ${res.status} ${code ?? ''}; expected 401 APIGW.0301`, res);
    return;
  }
  // APIGW.0301 is the Huawei API gateway's code (csms-facts §9); an emulator is not that
  // gateway, so its 401 may carry any error code (the body's shape is GEN-ERROR-BODY's).
  t.verify('AUTH-BAD-SIGNATURE', res.status === 401, `a wrong signature answered ${res.status} ${code ?? ''}; expected 401`, res);
}, { needs: ['aksk'] });
