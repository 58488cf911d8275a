// The look of the panel on an office's page, inside its closed shadow root. It travels with the
// panel's words from the background (background/panel-strings.ts): the script every official
// page loads carries only what a visit and a fill need.

export const PANEL_STYLE = ':host{all:initial}'
  + 'section{font:14px/1.4 system-ui,sans-serif;color:#10243e;background:#fff;border:2px solid #b3261e;border-radius:8px;padding:4px 12px 8px;box-shadow:0 4px 16px #0004}'
  + 'header{display:flex;align-items:center;gap:6px}h2{font-size:15px;flex:1;margin:8px 0}p{margin:6px 0}ol{padding-left:20px;margin:4px 0}li{margin:3px 0}'
  + '.info{color:#52606d;font-size:13px}.todo{font-weight:600;margin-bottom:0}'
  + '.bar{height:8px;border-radius:4px;background:#c9d1d9;overflow:hidden}.bar div{height:100%;background:#1e7a3c}'
  + 'button{font:inherit;padding:2px 9px;margin:2px 4px;border:1px solid;border-radius:4px;background:none;color:inherit;cursor:pointer}'
  + 'button:focus-visible{outline:3px solid #1a73e8;outline-offset:1px}'
  + '@media(prefers-color-scheme:dark){section{background:#1d232b;color:#f1f3f5;border-color:#ff8a80;box-shadow:0 0 0 1px #f1f3f5,0 4px 16px #000a}'
  + '.info{color:#b6c0ca}.bar{background:#6b7785}.bar div{background:#7fd69b}button:focus-visible{outline-color:#8ab4f8}}';
