/** On demand: docker ps -s's two sizes explained, and the image's bytes hidden by later layers. */
import { humanSize, sizesText, wastedPathText, type ContainerLayers } from '@/lib/layers';
import styles from './LayerView.module.css';

export function Waste({ layers }: { layers: ContainerLayers }) {
  const { waste, sizes } = layers;
  return (
    <details className={styles.more} data-layer-waste>
      <summary>
        크기와 가려진 바이트: 이미지 {humanSize(waste.size)}, 가려짐 {humanSize(waste.wasted)}
      </summary>
      <div className={styles.moreBody}>
        <ul>
          {sizesText(sizes).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className={styles.moreTitle}>뒤 레이어에 가려진 이미지 파일</p>
        {waste.paths.length === 0 ? (
          <p>없습니다. 이미지의 모든 바이트가 컨테이너에서 보입니다.</p>
        ) : (
          <>
            <p>
              지우거나 바꾼 파일도 아래 레이어에 그대로 남아 이미지 크기에 들어갑니다. 나중 RUN에서
              지워도 이미지는 작아지지 않습니다.
            </p>
            <ul>
              {waste.paths.slice(0, 10).map((p) => (
                <li key={`${p.layer}${p.path}`}>{wastedPathText(p)}</li>
              ))}
              {waste.paths.length > 10 && <li>외 {waste.paths.length - 10}개</li>}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
