/** Who is acting: every repository takes the account from here, never from a request body. */
export type Actor = {
  accountId: string;
  userId: string;
  role: 'admin' | 'user';
  departmentId: string | null;
  via: 'session' | 'api_key' | 'system';
};
