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

  // 朗读: one utterance per heading, paragraph, list item or table row (long utterances are cut off
  // by some browsers), in zh-CN with a zh-CN voice when the device has one; the block being read is
  // highlighted. `onEnd(message)` is told when reading ends by itself or fails.
  function reader(synth, blocks, onEnd) {
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
    const voice = () => {
      const voices = synth.getVoices();
      return (
        voices.find((v) => /^zh[-_]CN/i.test(v.lang)) || voices.find((v) => /^(zh|cmn)/i.test(v.lang)) || null
      );
    };
    // a table row or a label and its value are read as one sentence, their cells separated by commas
    const words = (el) =>
      (el.matches('tr, dl > div')
        ? Array.from(el.children, (c) => c.textContent.trim()).join('，')
        : el.textContent
      )
        .replace(/\s+/g, ' ')
        .trim();
    const end = (message) => {
      run++;
      mark(null);
      onEnd(message);
    };
    const speak = (i, id) => {
      if (id !== run) return;
      if (i >= blocks.length) return end('朗读结束');
      mark(blocks[i]);
      const u = new SpeechSynthesisUtterance(words(blocks[i]));
      u.lang = 'zh-CN';
      const v = voice();
      if (v) u.voice = v;
      u.onend = () => speak(i + 1, id);
      u.onerror = (e) => {
        if (id === run && e.error !== 'interrupted' && e.error !== 'canceled')
          end('本设备暂时无法朗读，请检查是否安装了中文语音');
      };
      synth.speak(u);
    };
    window.addEventListener('pagehide', () => synth.cancel());
    return {
      hasVoice: () => voice() !== null,
      start() {
        synth.cancel();
        run++;
        speak(0, run);
      },
      stop() {
        synth.cancel();
        run++;
        mark(null);
      },
    };
  }

  const speechOk = () => window.speechSynthesis && typeof SpeechSynthesisUtterance !== 'undefined';

  // The report page's own controls: 朗读全文 / 暂停·继续 / 停止 and a status line.
  function setupReportSpeech(box) {
    const synth = window.speechSynthesis;
    const play = document.getElementById('speech-play');
    const pause = document.getElementById('speech-pause');
    const stop = document.getElementById('speech-stop');
    const status = document.getElementById('speech-status');
    let state = 'idle'; // idle | playing | paused
    const show = (message) => {
      status.textContent = message;
      play.textContent = state === 'idle' ? '朗读全文' : '从头朗读';
      pause.textContent = state === 'paused' ? '继续' : '暂停';
      pause.disabled = state === 'idle';
      stop.disabled = state === 'idle';
    };
    const blocks = Array.from(
      document.querySelectorAll('#report-title, #report-text h2, #report-text h3, #report-text p'),
    );
    const r = reader(synth, blocks, (message) => {
      state = 'idle';
      show(message);
    });
    box.hidden = false;
    show('');
    play.addEventListener('click', () => {
      state = 'playing';
      show(r.hasVoice() ? '正在朗读' : '正在朗读（本设备可能没有安装中文语音）');
      r.start();
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
      r.stop();
      state = 'idle';
      show('已停止朗读');
    });
  }

  // Every other page: one button in the header that reads the page's main text (the part marked
  // data-read, else <main>, without its forms) and says what a press does: 朗读本页 / 停止朗读.
  function setupPageSpeech() {
    const button = document.getElementById('speech-toggle');
    const status = document.getElementById('speech-live');
    const main = document.querySelector('main [data-read]') || document.getElementById('main');
    if (!button || !main) return;
    const found = Array.from(main.querySelectorAll('h1, h2, h3, p, li, tr, dl > div, figcaption')).filter(
      (el) => !el.closest('form, [hidden], .visually-hidden, .speech, .pager') && el.textContent.trim(),
    );
    const blocks = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
    if (!blocks.length) return;
    let reading = false;
    const show = (on, message) => {
      reading = on;
      button.textContent = on ? '停止朗读' : '朗读本页';
      status.textContent = message;
    };
    const r = reader(window.speechSynthesis, blocks, (message) => show(false, message));
    button.hidden = false;
    button.addEventListener('click', () => {
      if (reading) {
        r.stop();
        show(false, '已停止朗读');
      } else {
        show(true, r.hasVoice() ? '正在朗读本页' : '正在朗读本页（本设备可能没有安装中文语音）');
        r.start();
      }
    });
  }

  function setupSpeech() {
    if (!speechOk()) return;
    const box = document.getElementById('speech');
    if (box) setupReportSpeech(box);
    else setupPageSpeech();
  }

  const start = () => {
    setupSize();
    setupSpeech();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
