// Client-side mirror of the server's password policy, so the form can explain it before submitting.
// The server stays the authority (it answers 400 WEAK_PASSWORD).
import { L } from './labels.ts';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MIN_CLASSES = 3;

export function passwordProblem(password: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return L.password.tooShort;
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < PASSWORD_MIN_CLASSES) return L.password.tooFewClasses;
  return null;
}

/** An antd Form rule validating the policy. */
export const passwordRule = {
  validator: (_: unknown, value: string | undefined) => {
    if (!value) return Promise.resolve();
    const problem = passwordProblem(value);
    return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
  },
};
