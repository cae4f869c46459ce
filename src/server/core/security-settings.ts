// Authentication settings with their source. GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》
// (等保2.0) states the requirements but not the figures; the figures below are the values commonly
// required by 等级测评 for a third-level system, and can be overridden per call (tests, deployments).

export interface AuthSettings {
  /** Consecutive failed logins that lock the account. */
  maxFailedLogins: number;
  /** How long a locked account stays locked, in minutes. */
  lockoutMinutes: number;
  /** A session unused for this long ends, in minutes. */
  idleTimeoutMinutes: number;
  /** A session ends this long after login whatever its use, in hours. */
  absoluteTimeoutHours: number;
  /** last_seen_at is written at most this often, in seconds (saves a write per request). */
  touchIntervalSeconds: number;
}

export const AUTH_SETTINGS: AuthSettings = {
  maxFailedLogins: 5,
  lockoutMinutes: 15,
  idleTimeoutMinutes: 30,
  absoluteTimeoutHours: 12,
  touchIntervalSeconds: 60,
};

/** Where the login-failure and session-timeout requirements come from. */
export const AUTH_SETTINGS_BASIS =
  'GB/T 22239-2019 8.1.4.1 身份鉴别 b)：应具有登录失败处理功能，应配置并启用结束会话、限制非法登录次数和当登录连接超时自动退出等相关措施';

export interface PasswordSettings {
  minLength: number;
  /** Of the four classes: upper case, lower case, digits, symbols. */
  minClasses: number;
}

export const PASSWORD_SETTINGS: PasswordSettings = { minLength: 10, minClasses: 3 };

export const PASSWORD_SETTINGS_BASIS =
  'GB/T 22239-2019 8.1.4.1 身份鉴别 a)：身份标识具有唯一性，身份鉴别信息具有复杂度要求并定期更换';
