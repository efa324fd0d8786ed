import { describe, expect, it, vi } from 'vitest';
import { connectLayerStatus } from '../../../src/app/appliers/layer-status.ts';
import type { LayerId } from '../../../src/core/contract.ts';
import type { LayerStatus } from '../../../src/data/geodata.ts';

function fakeGeodata(initial: Partial<Record<LayerId, LayerStatus>>) {
  const listeners = new Set<(layer: LayerId, status: LayerStatus) => void>();
  return {
    status: (layer: LayerId): LayerStatus => initial[layer] ?? { state: 'idle' },
    subscribe: (l: (layer: LayerId, status: LayerStatus) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    emit: (layer: LayerId, status: LayerStatus) => {
      for (const l of listeners) l(layer, status);
    },
  };
}

describe('connectLayerStatus', () => {
  it('reports a file that failed before it was connected, by the layer’s title', () => {
    const geodata = fakeGeodata({ 'held-1994': { state: 'error', message: 'the data file is not valid JSON' } });
    const layerPanel = { setStatus: vi.fn() };
    const notices = { show: vi.fn() };
    connectLayerStatus({ geodata, layerPanel, notices });
    expect(notices.show).toHaveBeenCalledWith(
      'Could not load “Held by Armenian forces, 1994–2020”: the data file is not valid JSON. The rest of the map still works.',
      'error',
    );
    expect(layerPanel.setStatus).toHaveBeenCalledWith('held-1994', { state: 'error', message: 'the data file is not valid JSON' });
  });

  it('names a base layer plainly, and keeps base layers out of the panel', () => {
    const geodata = fakeGeodata({});
    const layerPanel = { setStatus: vi.fn() };
    const notices = { show: vi.fn() };
    connectLayerStatus({ geodata, layerPanel, notices });
    layerPanel.setStatus.mockClear();
    geodata.emit('land', { state: 'error', message: 'HTTP 404' });
    expect(notices.show).toHaveBeenCalledWith('Could not load the land layer: HTTP 404. The rest of the map still works.', 'error');
    expect(layerPanel.setStatus).not.toHaveBeenCalled();
  });

  it('tells when a layer is in, and stops after dispose', () => {
    const geodata = fakeGeodata({});
    const onReady = vi.fn();
    const dispose = connectLayerStatus({ geodata, layerPanel: { setStatus: vi.fn() }, notices: { show: vi.fn() }, onReady });
    const ready = { state: 'ready' } as unknown as LayerStatus;
    geodata.emit('places', ready);
    dispose();
    geodata.emit('clashes-2022', ready);
    expect(onReady.mock.calls).toEqual([['places']]);
  });
});
