/** Styles of the in-page flag form; they live inside its shadow root only. */
export const FORM_CSS = `
form { font: 14px/1.5 system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; color: #222; background: #fff;
  width: 360px; padding: 12px 14px; border: 2px solid #c41e3a; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
h2 { font-size: 15px; margin: 0 0 8px; color: #c41e3a; }
label { display: grid; grid-template-columns: 76px 1fr; gap: 6px; align-items: center; margin: 4px 0; }
label span { color: #666; }
label[hidden] { display: none; }
input, select { font: inherit; padding: 3px 6px; border: 1px solid #bbb; border-radius: 4px; min-width: 0; }
output { word-break: break-all; }
.actions { display: flex; gap: 8px; align-items: center; justify-content: flex-end; margin-top: 8px; }
.actions .check { display: flex; margin-right: auto; gap: 4px; grid-template-columns: none; }
button { font: inherit; padding: 4px 12px; border: 1px solid #bbb; border-radius: 4px; background: #fff; cursor: pointer; }
button.primary { background: #c41e3a; color: #fff; border-color: #c41e3a; }
.status { color: #b3261e; margin: 6px 0 0; min-height: 1em; }
`;
