/** The empty state's sentence: also server-rendered by the layer view's placeholder (first load). */
export const EMPTY_TEXT =
  '아직 컨테이너가 없습니다. docker container run으로 컨테이너를 만들면 여기에 레이어가 나타납니다.';
