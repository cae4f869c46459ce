// 公开门户: the one script of the portal pages. The pages work without it; it adds the remembered
// large-text mode (大字模式) and read-aloud (朗读, the browser's speech synthesis in zh-CN). Loaded in
// <head> without defer so the remembered text size applies before the first paint.
(() => {
  const KEY = 'fazhi.portal.size';
  const root = document.documentElement;

  const stored = () => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  };
  const store = (value) => {
    try {
      localStorage.setItem(KEY, value);
    } catch {
      // private mode: the choice lasts for this page only
    }
  };

  // The address (?size=large, the no-JavaScript link) wins over what was remembered.
  const asked = new URLSearchParams(location.search).get('size');
  if (asked === 'large' || asked === 'normal') store(asked);
  root.classList.toggle('large', (asked || stored()) === 'large');

  function setupSize() {
    const button = document.getElementById('size-toggle');
    const link = document.getElementById('size-link');
    if (!button) return;
    const show = () => {
      const large = root.classList.contains('large');
      // the label says what a press does: 放大字号 in normal size, 恢复标准字号 in large text
      button.textContent = large ? '恢复标准字号' : '放大字号';
    };
    button.hidden = false;
    if (link) link.hidden = true;
    show();
    button.addEventListener('click', () => {
      const large = !root.classList.contains('large');
      root.classList.toggle('large', large);
      store(large ? 'large' : 'normal');
      // links of the page keep no ?size=… of their own once the choice is remembered
      if (asked) history.replaceState(null, '', location.pathname);
      show();
    });
  }

  function setupSpeech() {
    const box = document.getElementById('speech');
    const synth = window.speechSynthesis;
    if (!box || !synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    const play = document.getElementById('speech-play');
    const pause = document.getElementById('speech-pause');
    const stop = document.getElementById('speech-stop');
    const status = document.getElementById('speech-status');
    const blocks = Array.from(
      document.querySelectorAll('#report-title, #report-text h2, #report-text h3, #report-text p'),
    );
    let state = 'idle'; // idle | playing | paused
    let run = 0; // each start or stop begins a new run; callbacks of an old run do nothing
    let current = null;

    const mark = (el) => {
      if (current) current.classList.remove('reading');
      current = el;
      if (el) {
        el.classList.add('reading');
        el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      }
    };
    const show = (message) => {
      status.textContent = message;
      play.textContent = state === 'idle' ? '朗读全文' : '从头朗读';
      pause.textContent = state === 'paused' ? '继续' : '暂停';
      pause.disabled = state === 'idle';
      stop.disabled = state === 'idle';
    };
    const voice = () => {
      const voices = synth.getVoices();
      return (
        voices.find((v) => /^zh[-_]CN/i.test(v.lang)) || voices.find((v) => /^(zh|cmn)/i.test(v.lang)) || null
      );
    };
    const finish = (message) => {
      state = 'idle';
      run++;
      mark(null);
      show(message);
    };
    // One utterance per heading or paragraph: long utterances are cut off by some browsers.
    const speak = (i, id) => {
      if (id !== run) return;
      if (i >= blocks.length) return finish('朗读结束');
      mark(blocks[i]);
      const u = new SpeechSynthesisUtterance(blocks[i].textContent.trim());
      u.lang = 'zh-CN';
      const v = voice();
      if (v) u.voice = v;
      u.onend = () => speak(i + 1, id);
      u.onerror = (e) => {
        if (id === run && e.error !== 'interrupted' && e.error !== 'canceled')
          finish('本设备暂时无法朗读，请检查是否安装了中文语音');
      };
      synth.speak(u);
    };

    box.hidden = false;
    show('');
    play.addEventListener('click', () => {
      synth.cancel();
      run++;
      state = 'playing';
      show(voice() ? '正在朗读' : '正在朗读（本设备可能没有安装中文语音）');
      speak(0, run);
    });
    pause.addEventListener('click', () => {
      if (state === 'playing') {
        synth.pause();
        state = 'paused';
        show('已暂停');
      } else if (state === 'paused') {
        synth.resume();
        state = 'playing';
        show('正在朗读');
      }
    });
    stop.addEventListener('click', () => {
      synth.cancel();
      finish('已停止朗读');
    });
    window.addEventListener('pagehide', () => synth.cancel());
  }

  const start = () => {
    setupSize();
    setupSpeech();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
