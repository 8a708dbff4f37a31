// Recording screen: records with MediaRecorder, keeps every chunk in IndexedDB first, and sends
// the chunks in order (sequence number + SHA-256) whenever the server can be reached. A chunk
// leaves IndexedDB only once the server has acknowledged it, so a dropped connection, a closed
// page or a crashed browser loses nothing: the next visit to the page sends what is left.
(function () {
  'use strict';

  var DB_NAME = 'samtalenotat-recording';
  var RETRY_MS = 5000;

  function openDb() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = function () {
        var db = req.result;
        // One record per conversation: its upload key (once the server gave one), the next
        // sequence number, whether the recording has stopped, and the elapsed time.
        db.createObjectStore('uploads', {keyPath: 'conversationId'});
        // The chunks not yet acknowledged, keyed by conversation and sequence number.
        db.createObjectStore('chunks', {keyPath: ['conversationId', 'seq']});
      };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }

  function tx(db, stores, mode, work) {
    return new Promise(function (resolve, reject) {
      var t = db.transaction(stores, mode);
      var result;
      t.oncomplete = function () { resolve(result); };
      t.onerror = function () { reject(t.error); };
      t.onabort = function () { reject(t.error); };
      result = work(t);
      if (result && typeof result.then === 'function') {
        result.then(function (r) { result = r; });
      }
    });
  }

  function request(r) {
    return new Promise(function (resolve, reject) {
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function clock(ms) {
    var s = Math.floor(ms / 1000);
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return s >= 3600
      ? Math.floor(s / 3600) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60)
      : pad(Math.floor(s / 60)) + ':' + pad(s % 60);
  }

  function pickMimeType() {
    var types = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm'];
    for (var i = 0; i < types.length; i++) {
      if (window.MediaRecorder && MediaRecorder.isTypeSupported(types[i])) {
        return types[i];
      }
    }
    return null;
  }

  function Recorder(root) {
    this.root = root;
    this.conversationId = Number(root.dataset.conversation);
    this.api = root.dataset.api;
    this.timeslice = Math.min(10000, Math.max(500, parseInt(root.dataset.timeslice, 10) || 3000));
    this.msg = root.dataset;
    this.db = null;
    this.media = null;
    this.stream = null;
    this.audioContext = null;
    this.nextSeq = 0;
    this.pending = Promise.resolve();
    this.ended = Promise.resolve();
    this.pumping = false;
    // Set once the page is about to be replaced (the citizen's refusal posts the page): from then
    // on the next page sends what is left and finishes the upload, never this one, so the two
    // cannot both finish it or one forget what the other still needs.
    this.leaving = false;
    this.sent = 0;
    this.elapsedBefore = 0;
    this.runningSince = null;
    this.state = 'idle';
    this.el = function (id) { return document.getElementById(id); };
  }

  Recorder.prototype.init = function () {
    var self = this;
    if (!window.indexedDB || !window.crypto || !crypto.subtle) {
      this.error(this.msg.msgUnsupported);
      return;
    }
    this.el('rec-start').addEventListener('click', function () { self.start(); });
    this.el('rec-pause').addEventListener('click', function () { self.pause(); });
    this.el('rec-resume').addEventListener('click', function () { self.resume(); });
    this.el('rec-stop').addEventListener('click', function () { self.stop(); });
    var refuse = document.querySelector('[id$="refuse"]');
    if (refuse) {
      refuse.addEventListener('click', function (e) { self.refuse(e, refuse); });
    }
    window.addEventListener('online', function () { self.pump(); });
    window.addEventListener('beforeunload', function (e) {
      if (self.state === 'recording' || self.state === 'paused') {
        e.preventDefault();
        e.returnValue = self.msg.msgLeave;
        return self.msg.msgLeave;
      }
      return undefined;
    });
    setInterval(function () { self.pump(); }, RETRY_MS);
    setInterval(function () { self.tick(); }, 250);
    openDb().then(function (db) {
      self.db = db;
      return self.loadUpload();
    }).then(function (upload) {
      if (upload) {
        self.nextSeq = upload.nextSeq;
        self.elapsedBefore = upload.elapsedMs || 0;
        self.status(self.msg.msgResumed);
        if (!upload.stopped) {
          // The page was closed while recording: that recording has ended; send it as it is.
          upload.stopped = true;
          return self.saveUpload(upload).then(function () { self.pump(); });
        }
        self.pump();
      } else if (self.root.dataset.mayRecord === 'true') {
        self.el('rec-start').disabled = false;
        self.status(self.msg.msgIdle);
      }
      return null;
    }).catch(function (e) {
      self.error(self.msg.msgUnsupported + ' (' + e + ')');
    });
  };

  Recorder.prototype.loadUpload = function () {
    var id = this.conversationId;
    return tx(this.db, ['uploads'], 'readonly', function (t) {
      return request(t.objectStore('uploads').get(id));
    });
  };

  Recorder.prototype.saveUpload = function (upload) {
    return tx(this.db, ['uploads'], 'readwrite', function (t) {
      t.objectStore('uploads').put(upload);
    });
  };

  Recorder.prototype.update = function (change) {
    var self = this;
    return this.loadUpload().then(function (upload) {
      var u = upload || {conversationId: self.conversationId, nextSeq: 0, stopped: false};
      change(u);
      return self.saveUpload(u);
    });
  };

  Recorder.prototype.start = function () {
    var self = this;
    var mimeType = pickMimeType();
    if (!mimeType || !navigator.mediaDevices) {
      this.error(this.msg.msgUnsupported);
      return;
    }
    this.el('rec-start').disabled = true;
    navigator.mediaDevices.getUserMedia({audio: true}).then(function (stream) {
      self.stream = stream;
      self.meter(stream);
      var media = new MediaRecorder(stream, {mimeType: mimeType, audioBitsPerSecond: 32000});
      self.media = media;
      media.ondataavailable = function (e) {
        if (e.data && e.data.size > 0) {
          self.keep(e.data);
        }
      };
      self.ended = new Promise(function (resolve) {
        media.onstop = function () {
          // The last chunk is queued by ondataavailable before this; mark the end after it.
          self.pending = self.pending.then(function () {
            return self.update(function (u) {
              u.stopped = true;
              u.elapsedMs = self.elapsed();
            });
          }).then(function () {
            resolve();
            self.pump();
          });
        };
      });
      return self.update(function (u) {
        u.mediaType = mimeType;
        u.stopped = false;
        u.startedAt = Date.now();
      }).then(function () {
        media.start(self.timeslice);
        self.runningSince = Date.now();
        self.setState('recording');
      });
    }).catch(function () {
      self.el('rec-start').disabled = false;
      self.error(self.msg.msgNoMic);
    });
  };

  Recorder.prototype.pause = function () {
    if (this.media && this.state === 'recording') {
      this.media.pause();
      this.elapsedBefore = this.elapsed();
      this.runningSince = null;
      this.setState('paused');
    }
  };

  Recorder.prototype.resume = function () {
    if (this.media && this.state === 'paused') {
      this.media.resume();
      this.runningSince = Date.now();
      this.setState('recording');
    }
  };

  Recorder.prototype.stop = function () {
    if (this.media && (this.state === 'recording' || this.state === 'paused')) {
      this.elapsedBefore = this.elapsed();
      this.runningSince = null;
      this.media.stop();
      this.stream.getTracks().forEach(function (t) { t.stop(); });
      if (this.audioContext) {
        this.audioContext.close();
      }
      this.setState('stopped');
    }
  };

  // The citizen's refusal: stop recording, put the point into the form, and let the form post.
  Recorder.prototype.refuse = function (event, button) {
    if (!window.confirm(this.msg.msgRefuseConfirm)) {
      event.preventDefault();
      return;
    }
    var ms = this.elapsed();
    var recording = this.state === 'recording' || this.state === 'paused';
    this.leaving = true;
    this.stop();
    var field = document.querySelector('[id$="stopAtMs"]');
    field.value = String(ms);
    if (recording) {
      // Let the last chunk reach IndexedDB before the page goes.
      event.preventDefault();
      var form = button.form;
      this.ended.then(function () {
        var hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = button.name;
        hidden.value = button.value;
        form.appendChild(hidden);
        form.submit();
      });
    }
  };

  Recorder.prototype.elapsed = function () {
    return this.elapsedBefore + (this.runningSince ? Date.now() - this.runningSince : 0);
  };

  Recorder.prototype.tick = function () {
    this.el('elapsed').textContent = clock(this.elapsed());
  };

  Recorder.prototype.setState = function (state) {
    this.state = state;
    this.el('rec-sign').hidden = state !== 'recording';
    this.el('rec-pause').disabled = state !== 'recording';
    this.el('rec-resume').disabled = state !== 'paused';
    this.el('rec-stop').disabled = !(state === 'recording' || state === 'paused');
    this.root.dataset.recorderState = state;
    if (state === 'recording') {
      this.status(this.msg.msgRecording);
    } else if (state === 'paused') {
      this.status(this.msg.msgPaused);
    }
  };

  // Input level from the microphone: the loudest sample of each animation frame.
  Recorder.prototype.meter = function (stream) {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) {
      return;
    }
    var ctx = new Ctx();
    this.audioContext = ctx;
    var analyser = ctx.createAnalyser();
    analyser.fftSize = 1024;
    ctx.createMediaStreamSource(stream).connect(analyser);
    var samples = new Float32Array(analyser.fftSize);
    var bar = this.el('level-bar');
    var self = this;
    (function draw() {
      if (ctx.state === 'closed') {
        bar.style.width = '0%';
        return;
      }
      analyser.getFloatTimeDomainData(samples);
      var peak = 0;
      for (var i = 0; i < samples.length; i++) {
        peak = Math.max(peak, Math.abs(samples[i]));
      }
      bar.style.width = Math.min(100, Math.round(peak * 140)) + '%';
      bar.dataset.level = String(peak);
      self.root.dataset.level = String(peak);
      requestAnimationFrame(draw);
    })();
  };

  // A chunk goes to IndexedDB first, in the order MediaRecorder gave it, then to the server.
  Recorder.prototype.keep = function (blob) {
    var self = this;
    var seq = this.nextSeq++;
    // What this page recorded, for the person (and a test) to compare with what the server holds.
    this.root.dataset.recordedChunks = String(seq + 1);
    this.root.dataset.recordedBytes = String(Number(this.root.dataset.recordedBytes || 0) + blob.size);
    this.pending = this.pending.then(function () {
      return blob.arrayBuffer();
    }).then(function (bytes) {
      return crypto.subtle.digest('SHA-256', bytes).then(function (digest) {
        var id = self.conversationId;
        return tx(self.db, ['uploads', 'chunks'], 'readwrite', function (t) {
          t.objectStore('chunks').put(
            {conversationId: id, seq: seq, bytes: bytes, sha256: hex(digest), type: blob.type});
          var uploads = t.objectStore('uploads');
          uploads.get(id).onsuccess = function (e) {
            var u = e.target.result || {conversationId: id, nextSeq: 0, stopped: false};
            u.nextSeq = Math.max(u.nextSeq, seq + 1);
            u.elapsedMs = self.elapsed();
            uploads.put(u);
          };
        });
      });
    }).then(function () {
      self.counts();
      self.pump();
    });
  };

  Recorder.prototype.counts = function () {
    var self = this;
    var id = this.conversationId;
    tx(this.db, ['chunks'], 'readonly', function (t) {
      return request(t.objectStore('chunks').count(
        IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER])));
    }).then(function (queued) {
      var c = self.el('upload-counts');
      c.dataset.queued = String(queued);
      c.dataset.sent = String(self.sent);
      c.textContent = (self.msg.msgCounts || '{0} / {1}')
        .replace('{0}', String(self.sent)).replace('{1}', String(self.sent + queued));
      if (self.offline) {
        self.status((self.msg.msgWaiting || self.msg.msgOffline).replace('{0}', String(queued)));
      }
    });
  };

  Recorder.prototype.firstChunk = function () {
    var id = this.conversationId;
    return tx(this.db, ['chunks'], 'readonly', function (t) {
      return request(t.objectStore('chunks').openCursor(
        IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]))).then(function (cursor) {
        return cursor ? cursor.value : null;
      });
    });
  };

  Recorder.prototype.dropChunk = function (seq) {
    var id = this.conversationId;
    return tx(this.db, ['chunks'], 'readwrite', function (t) {
      t.objectStore('chunks').delete([id, seq]);
    });
  };

  Recorder.prototype.forget = function () {
    var id = this.conversationId;
    return tx(this.db, ['uploads', 'chunks'], 'readwrite', function (t) {
      t.objectStore('chunks').delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
      t.objectStore('uploads').delete(id);
    });
  };

  Recorder.prototype.call = function (method, path, body, headers) {
    var init = {method: method, credentials: 'same-origin', headers: headers || {}};
    if (body !== undefined) {
      init.body = body;
    }
    return fetch(this.api + path, init).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return {ok: response.ok, status: response.status, body: json};
      });
    });
  };

  // Sends what IndexedDB holds, oldest chunk first, one request at a time; when the recording
  // has stopped and nothing is left, finishes the upload. Any network failure ends this round;
  // the "online" event and the periodic retry start the next.
  Recorder.prototype.pump = function () {
    var self = this;
    if (this.pumping || !this.db || this.leaving) {
      return;
    }
    this.pumping = true;
    var round = function () {
      if (self.leaving) {
        return Promise.resolve(false);
      }
      return self.loadUpload().then(function (upload) {
        if (!upload || self.leaving) {
          return false;
        }
        if (upload.uploadKey) {
          self.root.dataset.uploadKey = upload.uploadKey;
        } else {
          return self.call('POST', '/conversations/' + self.conversationId + '/recordings',
            JSON.stringify({mediaType: upload.mediaType || null}),
            {'Content-Type': 'application/json'}).then(function (r) {
            if (!r.ok) {
              return self.refused(r);
            }
            return self.update(function (u) {
              u.uploadKey = r.body.uploadKey;
            }).then(function () { return true; });
          });
        }
        return self.firstChunk().then(function (chunk) {
          if (chunk) {
            self.status(self.msg.msgSending);
            return self.call('PUT', '/recordings/' + upload.uploadKey + '/chunks/' + chunk.seq,
              new Blob([chunk.bytes], {type: 'application/octet-stream'}),
              {'Content-Type': 'application/octet-stream', 'X-Content-SHA256': chunk.sha256})
              .then(function (r) {
                if (r.ok) {
                  self.offline = false;
                  self.sent++;
                  return self.dropChunk(chunk.seq).then(function () {
                    self.counts();
                    return true;
                  });
                }
                return self.refused(r);
              });
          }
          if (!upload.stopped || self.leaving) {
            if (self.state === 'recording' || self.state === 'paused') {
              self.status(self.state === 'recording' ? self.msg.msgRecording : self.msg.msgPaused);
            }
            return false;
          }
          self.status(self.msg.msgFinishing);
          return self.call('POST', '/recordings/' + upload.uploadKey + '/finish',
            JSON.stringify({lastSeq: upload.nextSeq - 1}),
            {'Content-Type': 'application/json'}).then(function (r) {
            if (!r.ok) {
              return self.refused(r);
            }
            return self.forget().then(function () {
              self.root.dataset.finished = 'true';
              self.state = 'sent';
              self.status(self.msg.msgDone);
              setTimeout(function () {
                window.location.href = self.root.dataset.conversationUrl;
              }, 1500);
              return false;
            });
          });
        });
      });
    };
    var loop = function () {
      return round().then(function (more) { return more ? loop() : null; });
    };
    loop().catch(function () {
      self.offline = true;
      self.status(self.msg.msgOffline);
      self.counts();
    }).then(function () {
      self.pumping = false;
    });
  };

  // The server answered, but no: a refusal the sender cannot fix by trying again (the
  // conversation takes no recording any more) ends the upload; anything else is tried again.
  Recorder.prototype.refused = function (r) {
    var code = r.body && r.body.code;
    var message = r.body && r.body.message ? r.body.message : ('HTTP ' + r.status);
    this.error(message);
    this.root.dataset.lastError = code || String(r.status);
    var final = ['NOT_FOUND', 'CITIZEN_REFUSES', 'NOT_NOW', 'CLOSED', 'FORBIDDEN'];
    if (final.indexOf(code) >= 0) {
      return this.forget().then(function () { return false; });
    }
    if (r.status === 401 || r.status === 403 || r.status === 302) {
      return false;
    }
    // A damaged chunk or a gap: wait for the next round rather than loop on it.
    return false;
  };

  // One clear state for the caseworker: recording, paused, sending, all sent, or waiting for the
  // network with the number of chunks kept in the browser; an error is shown as one, with what to do.
  Recorder.prototype.status = function (text, error) {
    var el = this.el('upload-status');
    el.textContent = text;
    el.className = error ? 'upload-status notice problem' : 'upload-status';
    this.root.dataset.phase = error ? 'error' : (this.offline ? 'offline' : this.state);
  };

  Recorder.prototype.error = function (text) {
    this.status(text, true);
  };

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('recorder');
    if (root) {
      new Recorder(root).init();
    }
  });
})();
