import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { auth } from '../data/client.ts';
import { loginUrl } from './login-url.ts';

/** Ends the session on the server, leaves the workbench, then forgets every cached answer. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    try {
      await auth.logout();
    } catch {
      // The session may already be gone; the user is leaving either way.
    }
    await navigate(loginUrl('/', 'logout'), { replace: true });
    queryClient.clear();
  };
}
