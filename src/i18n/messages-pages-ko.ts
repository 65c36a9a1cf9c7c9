import type { pagesEn } from './messages-pages-en.js';

/** The Korean strings of messages-pages-en.ts, key for key (there is no plural in Korean: counts stay as they are). */
const unitKo = { day: '일', week: '주', month: '월' } as const;
const where = (watched: number | null) =>
  watched === null ? '팔로우하지 않는 드라마' : watched === 0 ? '아직 시청 전' : `지금 ${watched}회까지 시청`;

export const pagesKo: typeof pagesEn = {
  'account.setupTitle': '계정 만들기',
  'account.setupHeading': 'haebang에 오신 것을 환영합니다',
  'account.setupIntro':
    '관리자 계정을 만들어 주세요. 관리자는 피드를 추가하고, 드라마 카탈로그를 가져오고, 다른 사용자를 추가할 수 있습니다.',
  'account.create': '계정 만들기',
  'account.login': '로그인',
  'account.name': '이름',
  'account.password': '비밀번호',
  'account.rules': '이름: 영문자, 숫자, 점, 밑줄, 하이픈으로 1~40자. 비밀번호: 8자 이상.',

  'saved.intro':
    '나중에 보려고 저장한 글입니다. 최근에 저장한 글이 먼저 나옵니다. 시청 진도를 넘는 글은 그 회차를 볼 때까지 가려 둡니다.',
  'saved.empty': '아직 저장한 글이 없습니다. 글에서 “나중에 보기”(또는 s 키)를 눌러 보세요.',
  'saved.older': '이전에 저장한 글',

  'show.flashProgress': '시청 진도를 저장했습니다.',
  'show.flashUnfollowed': '이제 이 드라마를 팔로우하지 않습니다.',
  'show.progressNaN': '마지막으로 본 회차 번호를 입력해 주세요 (아직 안 봤다면 0).',
  'show.progressRange': (p) => `이 드라마는 ${p.total}부작입니다. 0부터 ${p.total}까지의 정수를 입력해 주세요.`,

  'settings.reading': '읽기',
  'settings.unfollowed': '팔로우하지 않는 드라마',
  'settings.policyHide': '줄거리 모두 가리기',
  'settings.policyShow': '모두 보기',
  'settings.save': '설정 저장',
  'settings.policyInvalid': '"줄거리 모두 가리기" 또는 "모두 보기"를 골라 주세요.',
  'settings.progress': '시청 진도',
  'settings.progressNone': (p) => `팔로우 중, 전 ${p.total}회 중 아직 안 봄`,
  'settings.progressThrough': (p) => `전 ${p.total}회 중 ${p.episode}회까지 봄`,
  'settings.noProgress':
    '아직 팔로우하는 드라마가 없습니다. 드라마 페이지에서 시청 진도를 입력하거나, 보는 드라마를 골라 주세요:',
  'settings.password': '비밀번호',
  'settings.currentPassword': '현재 비밀번호',
  'settings.newPassword': '새 비밀번호',
  'settings.passwordHelp': '8~200자. 바꾸면 다른 기기에서는 로그아웃됩니다.',
  'settings.changePassword': '비밀번호 바꾸기',
  'settings.demo': (p) => `피드에는 실제 뉴스가 아니라 haebang을 위해 쓴 예시 글 ${p.n}개도 있습니다.`,
  'settings.removeDemo': '예시 글 지우기',
  'settings.tooLarge': (p) => `${p.name}: 10MB를 넘는 파일입니다`,

  'catalog.heading': '카탈로그',
  'catalog.imported': '카탈로그를 가져왔습니다',
  'catalog.entries': '항목',
  'catalog.added': '추가',
  'catalog.updated': '갱신',
  'catalog.unchanged': '변경 없음',
  'catalog.networks': '방송사',
  'catalog.people': '인물',
  'catalog.shows': '드라마',
  'catalog.file': '카탈로그 파일',
  'catalog.help':
    '카탈로그 JSON 파일입니다. 잘못된 항목이 하나라도 있으면 아무것도 가져오지 않고, 이미 있는 항목은 새 내용으로 갱신합니다. 아래 명령이 만드는 형식입니다:',
  'catalog.import': '카탈로그 가져오기',
  'catalog.choose': '가져올 카탈로그 파일을 골라 주세요.',
  'catalog.tooLarge': (p) => `${p.name} 파일이 10MB를 넘어 아무것도 가져오지 않았습니다.`,

  'users.heading': '사용자',
  'users.owner': '관리자',
  'users.member': '회원',
  'users.name': '새 사용자 이름',
  'users.password': '새 사용자 비밀번호',
  'users.add': '사용자 추가',

  'flash.reading': '읽기 설정을 저장했습니다.',
  'flash.password': '비밀번호를 바꿨습니다. 다른 기기에서는 로그아웃되었습니다.',
  'flash.feed': '피드를 추가했습니다. 처음 가져오는 1~2분 안에 글이 들어옵니다.',
  'flash.demoRemoved': '예시 글을 지웠습니다. `haebang demo load`로 다시 넣을 수 있습니다.',
  'flash.feedRemoved': '피드와 그 피드의 글을 지웠습니다.',
  'flash.catalog': '카탈로그를 가져왔습니다.',
  'flash.user': '사용자를 추가했습니다.',

  'reason.hidden': (p) => `${p.show} ${p.episode}회 스포일러 (${where(p.watched)})`,
  'reason.unsure': (p) =>
    `${p.show} ${p.episode}회 스포일러가 있을 수 있음 (몇 회인지 분석이 확실하지 않음, ${where(p.watched)})`,
  'reason.preAir': '방영 전 소식: 회차 내용 없음',
  'reason.shown': (p) =>
    `${p.episode}회까지의 내용 (${
      p.watched === null ? '팔로우하지 않는 드라마는 모두 보기로 설정됨' : where(p.watched)
    }${p.revealed && (p.watched ?? 0) < p.episode ? ', 직접 공개함' : ''})`,
  'reason.hiddenTitle': (p) => `숨긴 글: ${p.reasons}`,

  'chart.ratingsTitle': '회차별 시청률',
  'chart.episode': '회차',
  'chart.hidden': '숨김',
  'chart.ratingTip': (p) => `${p.n}회: ${p.rating}`,
  'chart.noRatings': '카탈로그에 아직 시청률이 없습니다',
  'chart.noEpisodes': '카탈로그에 회차가 없습니다',
  'chart.episodeCount': (p) => `전 ${p.n}회.`,
  'chart.oneShown': (p) => `${p.n}회 시청률: ${p.rating}.`,
  'chart.rangeShown': (p) =>
    `시청률이 보이는 ${p.count}개 회차: ${p.low}(${p.lowN}회)부터 ${p.high}(${p.highN}회)까지.`,
  'chart.hiddenCount': (p) => `${p.n}개 회차는 볼 때까지 숨김.`,
  'chart.unknownCount': (p) => `${p.n}개 회차는 시청률 정보 없음.`,
  'chart.perDay': '일별 글 수',
  'chart.perWeek': '주별 글 수',
  'chart.perMonth': '월별 글 수',
  'chart.day': '날짜',
  'chart.weekOf': '주 시작일',
  'chart.month': '월',
  'chart.itemTip': (p) => `${p.label}: 글 ${p.n}개`,
  'chart.noItems': '아직 글이 없습니다',
  'chart.noBuzz': '아직 이 드라마에 관한 글이 없습니다.',
  'chart.buzzOne': (p) => `${p.first}에 글 ${p.n}개.`,
  'chart.buzzSpan': (p) =>
    `${p.first}부터 ${p.last}까지 글 ${p.n}개 (${unitKo[p.unit]}별). 가장 많았던 ${unitKo[p.unit]}: ${p.busiest}, ${p.busiestN}개.`,

  'code.auth.invalid-credentials': '이름이나 비밀번호가 맞지 않습니다.',
  'code.auth.rate-limited': '실패한 시도가 너무 많습니다. 잠시 뒤에 다시 해 보세요.',
  'code.auth.required': '이 페이지를 보려면 로그인해 주세요.',
  'code.auth.forbidden': '관리자만 할 수 있습니다.',
  'code.auth.csrf': '오래되었거나 다른 사이트에서 보낸 양식입니다. 페이지를 새로 고친 뒤 다시 해 보세요.',
  'code.not-found': '이 주소에는 아무것도 없습니다.',
  'code.input': '보낸 내용에 맞지 않는 부분이 있습니다.',
  'code.fetch': '피드를 가져오거나 읽지 못했습니다.',
  'code.feed.exists': '이미 등록된 피드입니다.',
  'code.storage': '데이터베이스가 응답하지 않습니다. 잠시 뒤에 다시 해 보세요.',
  'code.other': '서버에서 문제가 생겼습니다.',
  'code.original': '서버의 원래 메시지 (영어):',
};
