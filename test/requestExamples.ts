// Every request example in i'mport's V1 docs (repository portone-io/developers.portone.io, src/routes/(root)/…):
// the SDK reference (sdk/ko/v1-sdk/javascript-sdk/payrq.mdx, cft.mdx), every per-PG guide under
// opi/ko/integration/pg/v1/, identity verification, smart routing and promotions — each labelled "file:line".
// Typechecked by `npm run typecheck` (each must type-check as written) and run through the kit's validation in
// src/core/validate.test.tsx. Verbatim but for:
// - `...elidedOrder` / `...elidedUid` where the doc elides `merchant_uid`/`amount` ("…중략…")
//   or shows only the fields it is about;
// - a key written twice in one object (KSNET's `pay_method`): the second is removed.
// Left out, on purpose:
// - KCP Quick Pay's management actions that charge nothing and have no `customer_uid` (PinChange, PinReset,
//   PinCheck, PhoneChange, SignUp, Terminate, Leave, PrepaidRefundAccount, PrepaidRefund, RegisterFido,
//   PrepaidOfflinePaymentInfo in nhn-kcp/kcp-quickpay.mdx): no payment, billing key or certification results, so
//   no hook of the kit sends them; Register / Deregister / Pay are below.
// - welcome/caution.mdx:46 (`"amount": "50000"`, a string, which payrq.mdx forbids) and the snippets of the docs
//   that show an error or a REST body (naver.mdx:434/492, welcome/api.mdx:31, welcome/caution.mdx:226).
import type { BillingKeyRequest, CertificationRequest, PaymentRequest } from "../src";

const elidedOrder = { merchant_uid: "order_no_0001", amount: 1004 };
const elidedUid = { merchant_uid: "order_no_0001" };
/** Placeholder of start/v1/auth.mdx. */
const BASE_URL = "https://shop.example";

/** Naver Pay order type (naverco) from iamport/iamport-manual NAVERPAY/sample/naverpay-order.md (options,
 * supplements, shipping), which the V1 guide naver.mdx refers to; cookie placeholders filled in. */
export const naverOrderExamples: [doc: string, request: PaymentRequest][] = [
  [
    "iamport-manual NAVERPAY/sample/naverpay-order.md (3)",
    {
      pg: "naverco",
      pay_method: "card",
      merchant_uid: "order_no_0001",
      name: "주문명:결제테스트",
      amount: 14000,
      buyer_email: "iamport@siot.do",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      naverInterface: { cpaInflowCode: "CPAValidator", naverInflowCode: "NA_CO", saClickId: "NVADID" },
      naverProducts: [
        {
          id: "singleProductId",
          name: "네이버페이 상품1",
          basePrice: 1000,
          taxType: "TAX_FREE",
          quantity: 2,
          infoUrl: "http://www.iamport.kr/product/detail",
          imageUrl: "http://www.iamport.kr/product/detail/thumbnail",
          giftName: "사은품A",
          shipping: {
            groupId: "shipping-a",
            method: "DELIVERY",
            baseFee: 2500,
            feeRule: { freeByThreshold: 20000 },
            feePayType: "PREPAYED",
          },
          supplements: [
            { id: "supplement-a", name: "추가구성품 A", price: 1000, quantity: 1 },
            { id: "supplement-b", name: "추가구성품 B", price: 1200, quantity: 2 },
          ],
        },
        {
          id: "optionProductId",
          name: "네이버페이 상품2",
          basePrice: 1000,
          taxType: "TAX_FREE",
          infoUrl: "http://www.iamport.kr/product/detail",
          imageUrl: "http://www.iamport.kr/product/detail/thumbnail",
          giftName: "사은품B",
          options: [
            {
              optionQuantity: 3,
              optionPrice: 100,
              selectionCode: "R_M",
              selections: [
                { code: "RED", label: "색상", value: "빨강" },
                { code: "170", label: "사이즈", value: "170" },
              ],
            },
            {
              optionQuantity: 2,
              optionPrice: 200,
              selectionCode: "R_L",
              selections: [
                { code: "RED", label: "색상", value: "빨강" },
                { code: "180", label: "사이즈", value: "180" },
              ],
            },
          ],
          shipping: {
            groupId: "shipping-a",
            method: "DELIVERY",
            baseFee: 2500,
            feeRule: { freeByThreshold: 20000 },
            feePayType: "PREPAYED",
          },
        },
      ],
    },
  ],
  [
    "iamport-manual NAVERPAY/sample/naverpay-order.md (5)",
    {
      pg: "naverco",
      pay_method: "card",
      merchant_uid: "order_no_0001",
      name: "주문명:결제테스트",
      amount: 14000,
      buyer_email: "iamport@siot.do",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      naverProducts: [
        {
          id: "singleProductId",
          name: "네이버페이 상품1",
          basePrice: 14000,
          taxType: "TAX_FREE",
          quantity: 1,
          infoUrl: "http://www.iamport.kr/product/detail",
          imageUrl: "http://www.iamport.kr/product/detail/thumbnail",
          giftName: "사은품A",
          shipping: {
            groupId: "shipping-a",
            method: "DELIVERY",
            baseFee: 2500,
            feeRule: {
              surchargesByArea: [
                { area: "island", surcharge: 2000 },
                { area: "jeju", surcharge: 4500 },
              ],
            },
            feePayType: "PREPAYED",
          },
        },
      ],
    },
  ],
];

/** `IMP.request_pay` examples. */
export const paymentExamples: [doc: string, request: PaymentRequest][] = [
  // opi/ko/console/pg.mdx:42
  [
    "opi/ko/console/pg.mdx:42",
    {
      ...elidedUid,
      channelKey: "channel-key-98765432-9876-5432-1098-987654321098", // 카카오페이 채널키
      amount: 1000,
      name: "테스트 주문",
      buyer_name: "구매자",
      buyer_email: "buyer@iamport.kr",
    },
  ],
  // opi/ko/console/pg.mdx:58
  [
    "opi/ko/console/pg.mdx:58",
    {
      ...elidedUid,
      channelKey: "channel-key-12345678-1234-5678-9012-123456789012", // (신) 나이스정보통신 인증 결제용 채널키
      amount: 1000,
      name: "테스트 주문",
      buyer_name: "구매자",
      buyer_email: "buyer@iamport.kr",
    },
  ],
  // opi/ko/console/pg.mdx:70
  [
    "opi/ko/console/pg.mdx:70",
    {
      ...elidedUid,
      channelKey: "channel-key-abcdefgh-abcd-efgh-ijkl-abcdefghijkl", // (신) 나이스정보통신 비인증 결제용 채널키
      amount: 1000,
      name: "테스트 주문",
      buyer_name: "구매자",
      buyer_email: "buyer@iamport.kr",
    },
  ],
  // opi/ko/extra/promotion/integration.mdx:138
  [
    "opi/ko/extra/promotion/integration.mdx:138",
    {
      isPromotion: true, //프로모션 사용 여부
      promotion_id: "promotion-id-86e1ff2a-2c3a-451c-bdd3-e5cd1664bc3e", //적용할 프로모션 아이디 입력 (Ex. 현대카드 프로모션)
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", //결제수단 선택
      card: {
        direct: {
          code: "367", //현대카드 다이렉트 호출
        },
      },
      merchant_uid: "ORD20180131-0000011", //고객사 주문번호
      name: "Norway swivel chair", //주문명
      amount: 1000, // 결제 금액
      //고객 정보
      buyer_email: "gildong@gmail.com",
      buyer_name: "Hong Gildong",
      buyer_tel: "010-4242-4242",
      buyer_addr: "Shinsa-dong, Gangnam-gu, Seoul",
      buyer_postcode: "01181",
    },
  ],
  // opi/ko/extra/smart-routing/integration.mdx:34
  [
    "opi/ko/extra/smart-routing/integration.mdx:34",
    {
      // 결제대행사를 지정할 때 사용한 channelKey, pg 대신
      // channelGroupId 파라미터에 스마트 라우팅 그룹 ID를 설정합니다.
      channelGroupId: "channel-group-live-f042e8e2-92f1-4f68-ad61-cec6ede41529",
      pay_method: "card", //결제수단 선택
      merchant_uid: "ORD20180131-0000011", //고객사 주문번호
      name: "Norway swivel chair", //주문명
      amount: 1000, // 결제 금액
      //고객 정보
      buyer_email: "gildong@gmail.com",
      buyer_name: "Hong Gildong",
      buyer_tel: "010-4242-4242",
      buyer_addr: "Shinsa-dong, Gangnam-gu, Seoul",
      buyer_postcode: "01181",
    },
  ],
  // opi/ko/integration/pg/v1/blue.mdx:27
  [
    "opi/ko/integration/pg/v1/blue.mdx:27",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", // 상점에서 관리하는 주문 번호
      name: "주문명:결제테스트",
      amount: 14000,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
    },
  ],
  // opi/ko/integration/pg/v1/danal.mdx:27
  [
    "opi/ko/integration/pg/v1/danal.mdx:27",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", // 상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      company: "고객사",
    },
  ],
  // opi/ko/integration/pg/v1/daou/readme.mdx:27
  [
    "opi/ko/integration/pg/v1/daou/readme.mdx:27",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "mid_1234567890",
      escrow: false,
      amount: 1004,
      name: "노스페이스 롱패딩 M",
      buyer_name: "홍길동",
      buyer_email: "hello@world.com",
      buyer_tel: "01012345678",
      digital: false, // 디지털로 계약되었다면 true로 설정
      m_redirect_url: "https://allerts.com/payments/complete",
      bypass: {
        // 키움페이 전용 파라미터
        daou: {
          PRODUCTCODE: "portone",
          CASHRECEIPTFLAG: 0,
        },
      },
      app_scheme: "portoneappscheme",
    },
  ],
  // opi/ko/integration/pg/v1/eximbay.mdx:28
  [
    "opi/ko/integration/pg/v1/eximbay.mdx:28",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", // 상점에서 관리하는 주문 번호
      name: "주문명:결제테스트",
      amount: 14.2,
      currency: "USD", // 기본값: USD
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      popup: false, // 팝업창 활성 비활성화 컨트롤
    },
  ],
  // opi/ko/integration/pg/v1/eximbay.mdx:306
  [
    "opi/ko/integration/pg/v1/eximbay.mdx:306",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001",
      name: "주문명:결제테스트",
      amount: 14.2,
      currency: "KRW",
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      popup: false,
      bypass: {
        eximbay: {
          issuercountry: "KR",
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/galaxia.mdx:41
  [
    "opi/ko/integration/pg/v1/galaxia.mdx:41",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "orderNo0001", // 고객사에서 채번한 주문 고유 번호입니다.
      name: "주문명:결제테스트",
      amount: 1000,
      customer_id: "matthew", // 고객사가 회원에게 부여한 고유 ID입니다. (필수)
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/inicis-jp.mdx:66
  [
    "opi/ko/integration/pg/v1/inicis-jp.mdx:66",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_id_1667634130160",
      name: "Test",
      amount: 100,
      currency: "JPY",
      popup: true,
      buyer_name: "Port One",
      buyer_email: "buyer@example.com",
      buyer_tel: "0216705176",
      buyer_first_name_kana: "ポート",
      buyer_last_name_kana: "ワン",
      m_redirect_url: "https://helloworld.com/payments/result",
      notice_url: "https://helloworld.com/api/v1/payments/notice",
      storeDetails: {
        storeName: "波音戸音 毛流",
        storeNameKana: "ポートーンモール",
        storeNameEn: "Portone Mall",
        storeNameShort: "PTM",
        contactName: "サポート窓口",
        email: "help@example.com",
        phoneNumber: "0216705176",
        openingHours: {
          open: "11:00",
          close: "23:00",
        },
      },
      display: {
        card_quota: [0, 3, 5, 6, 10, 12],
      },
      cvs: {
        payment_deadline: {
          valid_hours: 48,
          due_date: "2026-04-01T23:59:59Z",
        },
      },
      bypass: {
        inicis_jp: {
          paymentUI: {
            colorTheme: "red1",
            logoUrl: "https://example.com/logo.svg",
          },
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/inicis-jp.mdx:364
  [
    "opi/ko/integration/pg/v1/inicis-jp.mdx:364",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_id_1667634130160",
      name: "Test",
      amount: 100,
      currency: "JPY",
      popup: true,
      buyer_name: "Port One",
      buyer_email: "buyer@example.com",
      buyer_tel: "0216705176",
      customer_id: "customer_portone",
      m_redirect_url: "https://helloworld.com/payments/result",
      notice_url: "https://helloworld.com/api/v1/payments/notice",
      display: {
        card_quota: [0, 3, 5, 6, 10, 12],
      },
      bypass: {
        inicis_jp: {
          paymentUI: {
            colorTheme: "red1",
            logoUrl: "https://example.com/logo.svg",
          },
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/inicis.mdx:34
  [
    "opi/ko/integration/pg/v1/inicis.mdx:34",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", //상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678", //필수 파라미터 입니다.
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      escrow: true, //에스크로 결제인 경우 설정
      vbank_due: "YYYYMMDD",
      bypass: {
        // PC 경우
        acceptmethod: "noeasypay", // 간편결제 버튼을 통합결제창에서 제외(PC)
        // acceptmethod: "cardpoint", // 카드포인트 사용시 설정(PC)
        // 모바일 경우
        P_RESERVED: "noeasypay=Y", // 간편결제 버튼을 통합결제창에서 제외(모바일)
        // P_RESERVED: "cp_yn=Y", // 카드포인트 사용시 설정(모바일)
        // P_RESERVED: "twotrs_bank=Y&iosapp=Y&app_scheme=your_app_scheme://", // iOS에서 계좌이체시 결제가 이뤄지던 앱으로 돌아가기
      },
      period: {
        from: "20200101", //YYYYMMDD
        to: "20201231", //YYYYMMDD
      },
    },
  ],
  // opi/ko/integration/pg/v1/kakaopay.mdx:32
  [
    "opi/ko/integration/pg/v1/kakaopay.mdx:32",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", // 생략가
      merchant_uid: "order_no_0001", // 상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/kg-mobilians-v2.mdx:57
  [
    "opi/ko/integration/pg/v1/kg-mobilians-v2.mdx:57",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", //상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/kg.mdx:27
  [
    "opi/ko/integration/pg/v1/kg.mdx:27",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "phone",
      merchant_uid: "order_no_0001", //상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678", //필수
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/kicc-v2.mdx:32
  [
    "opi/ko/integration/pg/v1/kicc-v2.mdx:32",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "wechat",
      merchant_uid: "order_no_0001",
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/kicc-v2.mdx:116
  [
    "opi/ko/integration/pg/v1/kicc-v2.mdx:116",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "alipay_plus",
      merchant_uid: "order_no_0001",
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      order_description: "주문 상세 내용",
      alipay_plus: {
        wallet: "alipay",
      },
    },
  ],
  // opi/ko/integration/pg/v1/kicc.mdx:28
  [
    "opi/ko/integration/pg/v1/kicc.mdx:28",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", // 상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678", // 필수
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/ksnet/readme.mdx:55
  [
    "opi/ko/integration/pg/v1/ksnet/readme.mdx:55",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_id_1667634130160", // 상점에서 채번하는 고유 주문 번호
      name: "나이키 와플 트레이너 2 SD",
      // (a second `pay_method` removed)
      escrow: false,
      amount: 109000,
      tax_free: 3000,
      buyer_name: "홍길동",
      buyer_email: "buyer@example.com",
      buyer_tel: "02-1670-5176",
      buyer_addr: "성수이로 20길 16",
      buyer_postcode: "04783",
      app_scheme: "portone://",
      m_redirect_url: "https://helloworld.com/payments/result",
      notice_url: "https://helloworld.com/api/v1/payments/notice",
      confirm_url: "https://helloworld.com/api/v1/payments/confirm",
      currency: "KRW",
      digital: false,
      period: {
        from: "2022-12-01",
        to: "2023-01-01",
      },
      custom_data: { userId: 30930 },
      display: { card_quota: [0, 6] },
      bypass: {
        ksnet: {
          sndQpayType: "0",
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/naver.mdx:32
  [
    "opi/ko/integration/pg/v1/naver.mdx:32",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      merchant_uid: "order_no_0001", // 상점에서 관리하는 주문 번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      naverUseCfm: "20221231", // 이용완료일자(필요시 설정합니다)
      naverPopupMode: true, // 팝업모드 활성화
      m_redirect_url: "{결제 완료 후 리디렉션 될 URL}",
      naverPurchaserName: "구매자이름",
      naverPurchaserBirthday: "20151201",
      naverMerchantUserKey: "고객사의 사용자 키",
      naverCultureBenefit: true, // 문화비 소득공제 적용여부
      naverProducts: [
        {
          categoryType: "BOOK",
          categoryId: "GENERAL",
          uid: "107922211",
          name: "한국사",
          payReferrer: "NAVER_BOOK",
          sellerId: "sellerA",
          count: 10,
        },
        {
          categoryType: "MUSIC",
          categoryId: "CD",
          uid: "299911002",
          name: "러블리즈",
          payReferrer: "NAVER_BOOK",
          sellerId: "sellerB",
          count: 1,
        },
        {
          categoryType: "TRAVEL",
          categoryId: "DOMESTIC",
          uid: "11234355",
          name: "국내 호텔 여행",
          payReferrer: "NAVER_MAP",
          sellerId: "sellerC",
          count: 1,
          startDate: 20240117,
          endDate: 20240118,
        },
      ],
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/readme.mdx:55
  [
    "opi/ko/integration/pg/v1/newtoss/readme.mdx:55",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      merchant_uid: "order_id_1667634130160",
      name: "나이키 와플 트레이너 2 SD",
      pay_method: "card",
      escrow: false,
      amount: 109000,
      tax_free: 3000,
      buyer_name: "홍길동",
      buyer_email: "buyer@example.com",
      buyer_tel: "02-1670-5176",
      buyer_addr: "성수이로 20길 16",
      buyer_postcode: "04783",
      m_redirect_url: "https://helloworld.com/payments/result", // 모바일 환경에서 필수 입력
      notice_url: "https://helloworld.com/api/v1/payments/notice",
      confirm_url: "https://helloworld.com/api/v1/payments/confirm",
      currency: "KRW",
      locale: "ko",
      custom_data: { userId: 30930 },
      display: { card_quota: [0, 6] },
      appCard: false,
      useCardPoint: true,
      bypass: {
        tosspayments: {
          useInternationalCardOnly: true, // 영어 결제창 활성화
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:84
  [
    "opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:84",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", //상점에서 생성한 고유 주문번호
      name: "결제테스트", //주문명
      amount: 1004,
      company: "상호명", //해당 파라미터 설정시 통합결제창에 해당 상호명이 노출됩니다.
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      language: "ko", // en 입력 후 호출 시 영문으로 결제창이 표시됩니다.
      m_redirect_url: "https://testtest.test", //모바일에서 결제 완료 후 리디렉션 될 URL
      auth_mode: "key-in", // 키인결제(일회성 결제)이용시 설정
    },
  ],
  // opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:470
  [
    "opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:470",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "cultureland", //컬처랜드 문화상품권
      merchant_uid: "A00021-TEST",
      name: "당근 10kg",
      amount: 1004,
      buyer_email: "test@porton.io",
      buyer_name: "포트원 기술지원팀",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      bypass: {
        shop_user_id: "abaddd", // 고객사 회원 id 입력
      },
    },
  ],
  // opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:500
  [
    "opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:500",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "phone", //휴대폰 소액결제
      merchant_uid: "A00021-TEST",
      name: "당근 10kg",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "포트원 기술지원팀", // 휴대폰 결제시 필수
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      bypass: {
        shop_user_id: "abaddd", // 고객사 회원 id 입력 (휴대폰 결제시 필수)
      },
    },
  ],
  // opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:548
  [
    "opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:548",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      escrow: true, // 에스크로 결제인 경우 필요
      kcpProducts: [
        {
          orderNumber: "xxxx",
          name: "상품A",
          quantity: 3,
          amount: 1000,
        },
        {
          orderNumber: "yyyy",
          name: "상품B",
          quantity: 2,
          amount: 3000,
        },
      ],
    },
  ],
  // opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:49
  [
    "opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:49",
    {
      ...elidedOrder,
      // ...중략
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      card: {
        direct: {
          // 다이렉트 호출할 카드사 코드와 고정 할부 개월수를 모두 지정해야 함
          code: "361", // BC카드
          quota: 5, // 5개월 할부
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:73
  [
    "opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:73",
    {
      ...elidedOrder,
      // ...중략
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      card: {
        direct: {
          // 다이렉트 호출 할 카드사 코드와 고정 할부 개월수를 모두 지정해야 함
          code: "365", // 삼성카드
          quota: 0, // 일시불
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:103
  [
    "opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:103",
    {
      ...elidedOrder,
      // ...중략
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      display: { card_quota: [2, 3, 4, 5, 6] }, // 2 ~ 6 개월 리스트 할부 개월수 적용 시도
    },
  ],
  // opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:124
  [
    "opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:124",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      display: { card_quota: [3] }, // 3개월 고정 할부 개월수 적용 시도
    },
  ],
  // opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:182
  [
    "opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:182",
    {
      ...elidedOrder,
      // ...중략
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "trans", // 계좌이체 결제
      escrow: true, // 에스크로 결제
    },
  ],
  // opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:338
  [
    "opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:338",
    {
      ...elidedOrder,
      // ...중략
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "ssgpay_bank",
      bypass: {
        cashReceiptType: "corporate", // 현금영수증 발급 유형(corporate: 지출증빙, personal: 소득공제)
        customerIdentifier: "1178178260", // 현금영수증 발행 식별 정보(사업자 등록번호 또는 휴대폰 번호)
      },
    },
  ],
  // opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:417
  [
    "opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx:417",
    {
      ...elidedOrder,
      // ...중략
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "naverpay_point", // 네이버페이 포인트 결제
      bypass: {
        cashReceiptType: "personal", // 소득공제
        customerIdentifier: "01012345678", // 핸드폰 번호 입력(주민등록번호 불가능)
      },
    },
  ],
  // opi/ko/integration/pg/v1/nice-v2/readme.mdx:87
  [
    "opi/ko/integration/pg/v1/nice-v2/readme.mdx:87",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "orderNo0001",
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/nice.mdx:37
  [
    "opi/ko/integration/pg/v1/nice.mdx:37",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", // 상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      language: "en", // 결제창 언어 선택 파라미터  ko: 한국어, en: 영문
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      niceMobileV2: true, // 신규 모바일 버전 적용 시 설정
    },
  ],
  // opi/ko/integration/pg/v1/payco.mdx:28
  [
    "opi/ko/integration/pg/v1/payco.mdx:28",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      merchant_uid: "order_no_0001", // 상점에서 관리하는 주문 번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
    },
  ],
  // opi/ko/integration/pg/v1/paymentwall.mdx:29
  [
    "opi/ko/integration/pg/v1/paymentwall.mdx:29",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", // 페이먼트월은 국가IP에 따라 결제수단이 활성화 됩니다.(생략가능)
      merchant_uid: "order_no_0001", //상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트",
      amount: 1004,
      currency: "KRW", // 필수 파라미터
      buyer_email: "test@portone.io", //필수 파라미터
      buyer_name: "Jack Son", // 반드시 Firstname Lastname 이 빈칸으로 구분되어야
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      use_test_method: true, // 테스트 결제 수단을 활성화하는 파라미터,
      bypass: {
        // 터미날3 인경우 해당 파라미터 설정, 미 설정시 Defualt(일반) 결제창 활성화
        widget_code: "t3_1",
        // 특정 결제수단만 활성화 하는 경우 사용 all 인 경우(default) 국가 지원 결제수단 모두 표
        ps: "all",
        country_code: "DE", // 코드가 지정되면 지정된 국가에서 지원하는 결제수단이 활성화됩니다.
      },
    },
  ],
  // opi/ko/integration/pg/v1/paymentwall.mdx:136
  [
    "opi/ko/integration/pg/v1/paymentwall.mdx:136",
    {
      ...elidedOrder,
      use_test_method: true,
      bypass: {
        ps: "test", // LIVE 프로젝트가 아닌 경우, ps도 test로 설정해야만 테스트 결제수단이 활성화됩니다.
      },
    },
  ],
  // opi/ko/integration/pg/v1/paypal.mdx:35
  [
    "opi/ko/integration/pg/v1/paypal.mdx:35",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", // 상점에서 관리하는 주문 번호
      name: "주문명:결제테스트",
      amount: 14.2,
      currency: "USD", // 기본값: USD(원화 KRW는 페이팔 정책으로 인해 지원하지 않음)
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/paypal.mdx:159
  [
    "opi/ko/integration/pg/v1/paypal.mdx:159",
    {
      ...elidedOrder,
      /* 요청 객체 */
      // Paypal 전용 파라미터로 결제요청 파라미터 문서에 존재하지 않습니다.
      optional: {
        use_stc_api: true,
        stc_data: {
          // Paypal과 협의한 STC(SetTransactionContext) 데이터를 넣어주세요.
          sender_account_id: "A12345N343",
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/rt/readme.mdx:134
  [
    "opi/ko/integration/pg/v1/rt/readme.mdx:134",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      name: "카카오페이로 등록",
      // ...중략
    },
  ],
  // opi/ko/integration/pg/v1/settle/mybank.mdx:29
  [
    "opi/ko/integration/pg/v1/settle/mybank.mdx:29",
    {
      // param
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "trans",
      merchant_uid: "ORD20180131-0000011",
      name: "노르웨이 회전 의자",
      buyer_email: "gildong@gmail.com",
      buyer_name: "홍길동",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      amount: 1000,
      bypass: {
        settle: {
          addDeductionYn: "N", // 추가공제구분 (대중교통:Y, 도서,공연비:C, 추가공제없음:N)
          criPsblYn: "N", // 현금영수증 발행가능 여부 ( Y or N or ""빈문자열은 Y로인식)
          custCi: "<회원 연계정보(Connecting Information)>", // 고객사가 보유한 회원 CI를 설정하면 내통장 결제에 등록한 CI와 비교하여 동일인인지 자동검증되며 일치하지 않은 경우 결제가 중단됩니다.
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/settle/readme.mdx:30
  [
    "opi/ko/integration/pg/v1/settle/readme.mdx:30",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", // 상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678", // 누락시 오류 발생
      buyer_addr: "서울특별시 강남구 삼성동",
      company: "포트원", // 가상계좌 발급시 권고사항
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/smartro-v2/caution.mdx:209
  [
    "opi/ko/integration/pg/v1/smartro-v2/caution.mdx:209",
    {
      ...elidedUid,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      amount: 50000,
      escrow: true, // 에스크로 결제
      card: {
        direct: {
          code: "361", // 카드사 다이렉트 호출
          quota: 5,
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/smartro-v2/caution.mdx:278
  [
    "opi/ko/integration/pg/v1/smartro-v2/caution.mdx:278",
    {
      ...elidedUid,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      amount: 50000,
      pay_method: "trans", // 계좌이체 결제
      escrow: true, // 에스크로 결제
      bypass: {
        // 현금영수증 정보 전달
        cashReceiptType: "company",
        customerIdentiifer: "1178178260",
      },
    },
  ],
  // opi/ko/integration/pg/v1/smartro-v2/readme.mdx:46
  [
    "opi/ko/integration/pg/v1/smartro-v2/readme.mdx:46",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "orderNo0001", // 상점에서 생성한 고유 주문번호 주의: 스마트로 일반결제시 주문 번호에 특수문자 사용 불가
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      period: {
        from: "20230512", //YYYYMMDD
        to: "20230515", //YYYYMMDD
      },
    },
  ],
  // opi/ko/integration/pg/v1/smartro.mdx:36
  [
    "opi/ko/integration/pg/v1/smartro.mdx:36",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", // 상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/smilepay.mdx:31
  [
    "opi/ko/integration/pg/v1/smilepay.mdx:31",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      merchant_uid: "order_no_0001", // 상점에서 관리하는 주문 번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
    },
  ],
  // opi/ko/integration/pg/v1/spb/readme.mdx:143
  [
    "opi/ko/integration/pg/v1/spb/readme.mdx:143",
    {
      ...elidedUid,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "paypal",
      amount: 1000,
      // ...중략
    },
  ],
  // opi/ko/integration/pg/v1/spb/warning.mdx:71
  [
    "opi/ko/integration/pg/v1/spb/warning.mdx:71",
    {
      ...elidedOrder,
      // ...중략
      bypass: {
        paypal_v2: {
          //  ...중략
          "enable-funding": "paylater",
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/spb/warning.mdx:375
  [
    "opi/ko/integration/pg/v1/spb/warning.mdx:375",
    {
      ...elidedOrder,
      // ...중략
      bypass: {
        paypal_v2: {
          style: {
            // ...중략
            layout: "horizontal",
          },
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/toss-brandpay/readme.mdx:61
  [
    "opi/ko/integration/pg/v1/toss-brandpay/readme.mdx:61",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "toss_brandpay",
      merchant_uid: "orderNo0001",
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      customer_id: "d005f081-830a-4b9c-b5e2-73e56fbe6ac3",
      bypass: {
        isCulturalExpense: true,
      },
    },
  ],
  // opi/ko/integration/pg/v1/toss-brandpay/readme.mdx:197
  [
    "opi/ko/integration/pg/v1/toss-brandpay/readme.mdx:197",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "toss_brandpay",
      merchant_uid: "orderNo0001",
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      bypass: {
        toss_brandpay: {
          brandpayOptions: {
            ui: {
              buttonStyle: "default",
              highlightColor: "#3182f6",
              navigationBar: {
                visible: true,
                paddingTop: 10,
              },
              labels: {
                oneTouchPay: "원터치결제",
              },
            },
          },
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/toss-brandpay/readme.mdx:293
  [
    "opi/ko/integration/pg/v1/toss-brandpay/readme.mdx:293",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "toss_brandpay",
      merchant_uid: "orderNo0001",
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      customer_id: "d005f081-830a-4b9c-b5e2-73e56fbe6ac3",
      useCardPoint: true,
      display: {
        card_quota: [6],
      },
      bypass: {
        cashReceiptType: "personal",
        customerIdentifier: "01000000000",
        toss_brandpay: {
          methodId: "3nKLoSBV7l8zUHU14cZxK",
          discountCode: "001",
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/toss-brandpay/widget.mdx:122
  [
    "opi/ko/integration/pg/v1/toss-brandpay/widget.mdx:122",
    {
      ...elidedUid,
      pg: "toss_brandpay",
      amount: 1000,
      // ...중략
    },
  ],
  // opi/ko/integration/pg/v1/toss.mdx:36
  [
    "opi/ko/integration/pg/v1/toss.mdx:36",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", //상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      appCard: true, // 설정시 신용카드 결제모듈에서 앱카드 결제만 활성화됩니다.
    },
  ],
  // opi/ko/integration/pg/v1/tosspay-v2/readme.mdx:51
  [
    "opi/ko/integration/pg/v1/tosspay-v2/readme.mdx:51",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "tosspay", // 'tosspay_card', 'tosspay_money' 도 지원됩니다.
      merchant_uid: "orderMonthly0001", // 상점에서 관리하는 주문 번호
      name: "최초인증결제",
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      amount: 1004,
      card: {
        useInstallment: false,
      },
      bypass: {
        tosspay_v2: {
          expiredTime: "2023-12-02 11:00:00", //결제 만료시간
          cashReceiptTradeOption: "CULTURE", //현금영수증 발급타입
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/tosspay.mdx:34
  [
    "opi/ko/integration/pg/v1/tosspay.mdx:34",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001", // 상점에서 생성한 고유 주문번호
      name: "주문명:결제테스트", // 필수 파라미터 입니다.
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/welcome/readme.mdx:41
  [
    "opi/ko/integration/pg/v1/welcome/readme.mdx:41",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "orderNo0001", // 고객사에서 채번한 주문 고유 번호입니다.
      name: "주문명:결제테스트",
      amount: 1004,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/start/v1/auth.mdx:108
  [
    "opi/ko/integration/start/v1/auth.mdx:108",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: `payment-${crypto.randomUUID()}`, // 주문 고유 번호
      name: "노르웨이 회전 의자",
      amount: 64900,
      buyer_email: "gildong@gmail.com",
      buyer_name: "홍길동",
      buyer_tel: "010-4242-4242",
      buyer_addr: "서울특별시 강남구 신사동",
      buyer_postcode: "01181",
    },
  ],
  // opi/ko/integration/start/v1/auth.mdx:282
  [
    "opi/ko/integration/start/v1/auth.mdx:282",
    {
      ...elidedOrder,
      /* 기타 파라미터 생략 */
      m_redirect_url: `${BASE_URL}/payment-redirect`,
    },
  ],
  // opi/ko/integration/webhook/readme-v1.mdx:110
  [
    "opi/ko/integration/webhook/readme-v1.mdx:110",
    {
      ...elidedOrder,
      // ...
      notice_url: "https://웹훅수신 URL", //웹훅수신 URL 설정
      // ...
    },
  ],
  // opi/ko/support/tax.mdx:75
  [
    "opi/ko/support/tax.mdx:75",
    {
      ...elidedUid,
      amount: 11000, // 결제금액
      tax_free: 11000, // 면세공급가액
      // ...
    },
  ],
  // opi/ko/support/tax.mdx:98
  [
    "opi/ko/support/tax.mdx:98",
    {
      ...elidedUid,
      amount: 22000, // 결제금액
      tax_free: 0, // 면세공급가액
      // ...
    },
  ],
  // opi/ko/support/tax.mdx:121
  [
    "opi/ko/support/tax.mdx:121",
    {
      ...elidedUid,
      amount: 55000, // 결제금액
      tax_free: 33000, // 면세공급가액
      // ...
    },
  ],
];

/** `IMP.request_pay` examples. */
export const billingKeyExamples: [doc: string, request: BillingKeyRequest][] = [
  // opi/ko/integration/pg/v1/danal.mdx:209
  [
    "opi/ko/integration/pg/v1/danal.mdx:209",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", // 'card'만 지원됩니다.
      merchant_uid: "order_monthly_0001", // 상점에서 관리하는 주문 번호
      name: "최초인증결제",
      amount: 0, // 빌링키 발급만 진행하며 결제승인을 하지 않습니다.
      customer_uid: "your-customer-unique-id", // 필수 입력.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      buyer_addr: "서울특별시 강남구 삼성동",
      period: {
        from: "20200101", //YYYYMMDD
        to: "20201231", //YYYYMMDD
      },
    },
  ],
  // opi/ko/integration/pg/v1/galaxia.mdx:294
  [
    "opi/ko/integration/pg/v1/galaxia.mdx:294",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", // 빌링키 발급 수단입니다. 갤럭시아머니트리의 경우 'card'만 지원됩니다.
      merchant_uid: "orderMonthly0001", // 고객사에서 채번한 주문 고유 번호입니다.
      name: "빌링키 발급",
      amount: 1000,
      customer_id: "matthew", // 고객사가 회원에게 부여한 고유 ID입니다. (필수)
      customer_uid: "your-customer-unique-id", // 고객사가 구매자의 결제 수단을 특정하기 위해 채번한 고유 ID로 빌링키 발급시 필수 입력입니다.
      m_redirect_url: "{모바일에서 빌링키 발급 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/galaxia.mdx:414
  [
    "opi/ko/integration/pg/v1/galaxia.mdx:414",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "phone", // 빌링키 발급 및 결제 수단입니다. 갤럭시아머니트리의 경우 'phone'만 지원됩니다.
      merchant_uid: "orderNo0001", // 고객사에서 채번한 주문 고유 번호입니다.
      name: "주문명:결제테스트",
      amount: 1000, // 전달한 금액 만큼 실제로 승인이 됩니다.
      customer_id: "matthew", // 고객사가 회원에게 부여한 고유 ID입니다. (필수)
      customer_uid: "your-customer-unique-id", // 고객사가 구매자의 결제 수단을 특정하기 위해 채번한 고유 ID로 빌링키 발급시 필수 입력입니다.
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/inicis.mdx:295
  [
    "opi/ko/integration/pg/v1/inicis.mdx:295",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", // 'card'만 지원됩니다.
      merchant_uid: "order_monthly_0001", // 상점에서 관리하는 주문 번호
      name: "최초인증결제",
      amount: 0, // 결제창에 표시될 금액. 실제 승인이 이뤄지지는 않습니다.
      customer_uid: "your-customer-unique-id", // 필수 입력.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/kakaopay.mdx:229
  [
    "opi/ko/integration/pg/v1/kakaopay.mdx:229",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      merchant_uid: "order_monthly_0001", // 상점에서 관리하는 주문 번호
      name: "최초인증결제",
      amount: 0, // 결제창에 표시될 금액. 실제 승인이 이뤄지지는 않습니다.
      customer_uid: "your-customer-unique-id", // 필수 입력.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/kg-mobilians-v2.mdx:473
  [
    "opi/ko/integration/pg/v1/kg-mobilians-v2.mdx:473",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "phone",
      merchant_uid: "order_monthly_0001", // 상점에서 관리하는 주문 번호
      name: "최초인증결제",
      amount: 1004, // 결제창에 표시될 금액. 실제 승인이 발생됩니다.
      customer_uid: "your-customer-unique-id", // 필수 입력.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/kg-mobilians-v2.mdx:675
  [
    "opi/ko/integration/pg/v1/kg-mobilians-v2.mdx:675",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_monthly_0001", // 상점에서 관리하는 주문 번호
      name: "빌링키 발급",
      amount: 0, // 빌링키 발급만 진행 (실 결제 없음)
      customer_uid: "your-customer-unique-id", // 필수 입력
      customer_id: "your-customer-id", // 필수 입력
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/kg.mdx:152
  [
    "opi/ko/integration/pg/v1/kg.mdx:152",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "phone",
      merchant_uid: "order_monthly_0001", // 상점에서 관리하는 주문 번호
      name: "최초인증결제",
      amount: 1004, // 결제창에 표시될 금액. 실제 승인이 이뤄지지는 않습니다.
      customer_uid: "your-customer-unique-id", // 필수 입력.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/kicc.mdx:197
  [
    "opi/ko/integration/pg/v1/kicc.mdx:197",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", // 'card'만 지원됩니다.
      merchant_uid: "order_monthly_0001", // 상점에서 관리하는 주문 번호
      name: "최초인증결제",
      amount: 1004, // 결제창에 표시될 금액. 실제 승인이 이뤄지지는 않습니다.
      customer_uid: "your-customer-unique-id", // 필수 입력.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/naver.mdx:273
  [
    "opi/ko/integration/pg/v1/naver.mdx:273",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      customer_uid: "gildong_0001_1234", // 빌링, 필수 입력.
      merchant_uid: "order_monthly_0001", // 상점에서 생성한 고유 주문번호
      name: "Slim 요금제(1개월 단위)",
      amount: 1004, // 실 결제는 발생되지 않습니다.
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678", // 필수 입력.
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      naverProductCode: "반복결제 상품코드",
      naverProductCount: 5,
      naverPopupMode: true, // 팝업모드 활성화
      m_redirect_url: "{등록 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/readme.mdx:286
  [
    "opi/ko/integration/pg/v1/newtoss/readme.mdx:286",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", // 'card'만 지원됩니다.
      merchant_uid: "order_monthly_0001", // 상점에서 관리하는 주문 번호
      name: "최초인증결제",
      amount: 0, // 실제 승인은 발생되지 않고 오직 빌링키만 발급됩니다.
      customer_uid: "your-customer-unique-id", // 필수 입력.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      customer_id: "matthew", //고객사가 회원에게 부여한 고유 ID
    },
  ],
  // opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay.mdx:26
  [
    "opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay.mdx:26",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      merchant_uid: "order_no_0001",
      name: "결제수단 등록",
      customer_uid: "use_your_unique_id_with_pay_method_0",
      bypass: {
        kcpQuick: {
          actionType: "Register",
          encryptedCI: "encrypted_ci",
          memberID: "use_your_unique_id",
        },
      },
      m_redirect_url: "https://redirection.url",
    },
  ],
  // opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay.mdx:53
  [
    "opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay.mdx:53",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      merchant_uid: "order_no_0001",
      name: "결제수단 삭제",
      customer_uid: "use_your_unique_id_with_pay_method_0",
      bypass: {
        kcpQuick: {
          actionType: "Deregister",
          encryptedCI: "encrypted_ci",
          memberID: "use_your_unique_id",
        },
      },
      m_redirect_url: "https://redirection.url",
    },
  ],
  // opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay.mdx:81
  [
    "opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay.mdx:81",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", //즉시 출금 이용 시 'trans' 입력
      merchant_uid: "order_no_0001",
      name: "결제",
      amount: 1000,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      customer_uid: "use_your_unique_id_with_pay_method_0",
      bypass: {
        kcpQuick: {
          actionType: "Pay",
          encryptedCI: "encrypted_ci",
          memberID: "use_your_unique_id",
        },
      },
      m_redirect_url: "https://redirection.url",
    },
  ],
  // opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:599
  [
    "opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:599",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", //'card'만 지원됩니다.
      merchant_uid: "order_monthly_0001", //상점에서 생성한 고유 주문번호
      name: "정기결제",
      amount: 0, //결제창에 표시될 금액. 발급 요청시에는 결제가 승인되지 않습니다.
      customer_uid: "your-customer-unique-id", //포트원 빌링키로 필수 입력해야 합니다.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "https://testtest.test", //모바일에서 결제 완료 후 리디렉션 될 URL
    },
  ],
  // opi/ko/integration/pg/v1/nice-v2/readme.mdx:395
  [
    "opi/ko/integration/pg/v1/nice-v2/readme.mdx:395",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "kakaopay",
      merchant_uid: "orderNo0001",
      name: "주문명:결제테스트",
      amount: 0,
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      buyer_postcode: "123-456",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      customer_uid: "your-customer-unique-id",
      customer_id: "your-customer-id", // 고객사가 회원에게 부여한 고유 ID로 필수 입력
    },
  ],
  // opi/ko/integration/pg/v1/payco.mdx:173
  [
    "opi/ko/integration/pg/v1/payco.mdx:173",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      merchant_uid: "order_monthly_0001", // 상점에서 관리하는 주문 번호
      name: "PAYCO 자동결제 등록",
      amount: 1000, // 결제창에 표시될 금액. 실제 승인이 이뤄지지는 않습니다.
      customer_uid: "your-customer-unique-id", // 필수 입력.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
    },
  ],
  // opi/ko/integration/pg/v1/paymentwall.mdx:214
  [
    "opi/ko/integration/pg/v1/paymentwall.mdx:214",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", // 빌링키 결제는 오직 신용카드만 가능합니다.
      merchant_uid: "order_monthly_0001", // 상점에서 관리하는 주문 번호
      name: "최초인증결제",
      amount: 20, // 빌링키 발급과 함께 최초 승인이 같이 이루어집니다.
      currency: "USD", // 필수 파라미터
      customer_uid: "your-customer-unique-id", // 필수 입력
      buyer_email: "test@portone.io", // 빌링키 발급시 기재한 주소와 빌링키 결제할때 기재한 주소가 동일해야 합니다.
      buyer_name: "Jack Son", // 반드시 Firstname Lastname 이 빈칸으로 구분되어야 합니다.
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/rt/readme.mdx:380
  [
    "opi/ko/integration/pg/v1/rt/readme.mdx:380",
    {
      //...중략
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "paypal",
      merchant_uid: "mid_1234567890", // 주문 번호
      customer_uid: "cuid_1234567890", // [필수 입력] 빌링키와 1:1 매핑되는 UUID
      bypass: {
        paypal_v2: {
          additional_data: [
            {
              key: "sender_account_id", // 고객사 account ID(merchant-id)
              value: "A12345N343",
            },
            {
              key: "sender_first_name", // 고객사의 account에 등록 된 구매자의 이름
              value: "John",
            },
            {
              key: "sender_last_name", // 고객사의 account에 등록 된 구매자의 이름
              value: "Doe",
            },
            {
              key: "sender_email", // 고객사의 account에 등록 된 구매자의 이메일 주소
              value: "example@example.com",
            },
            {
              key: "sender_phone", // 고객사의 account에 등록 된 구매자의 연락처
              value: "(02)16705176",
            },
            {
              key: "sender_country_code", // 고객사 계정에 등록된 국가 코드
              value: "KR", // ISO Alpha-2 형식 국가 코드
            },
            {
              key: "sender_create_date", // 고객사 고객 계정이 생성된 날짜
              value: "2023-10-10T23:59:59+09:00", // ISO 8601 형식
            },
          ],
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/settle/mybank.mdx:212
  [
    "opi/ko/integration/pg/v1/settle/mybank.mdx:212",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "trans",
      merchant_uid: "ORD20180131-0000011",
      name: "노르웨이 회전 의자",
      buyer_email: "gildong@gmail.com",
      buyer_name: "홍길동",
      buyer_tel: "010-1234-5678",
      buyer_addr: "서울특별시 강남구 삼성동",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      customer_uid: "A00001-001", // 빌링키와 맵핑되는
      amount: 1000,
      bypass: {
        settle: {
          addDeductionYn: "N", // 추가공제구분 (대중교통:Y, 도서,공연비:C, 추가공제없음:N)
          criPsblYn: "N", // 현금영수증 발행가능 여부 ( Y or N or ""빈문자열은 Y로인식)
          custCi: "<회원 연계정보(Connecting Information)>", // 고객사가 보유한 회원 CI를 설정하면 내통장 결제에 등록한 CI와 비교하여 동일인인지 자동검증되며 일치하지 않은 경우 결제가 중단됩니다.
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/smartro-v2/readme.mdx:273
  [
    "opi/ko/integration/pg/v1/smartro-v2/readme.mdx:273",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", // 'card'만 지원됩니다.
      merchant_uid: "orderMonthly0001", // 상점에서 관리하는 주문 번호 주의: 스마트로 일반결제시 주문 번호에 특수문자 사용 불가
      name: "최초인증결제",
      amount: 1000, // 실제 승인은 발생되지 않고 오직 빌링키만 발급됩니다.
      customer_uid: "your-customer-unique-id", // 필수 입력.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      customer_id: "matthew", //고객사가 회원에게 부여한 고유 ID로 필수 입력.
    },
  ],
  // opi/ko/integration/pg/v1/tosspay-v2/readme.mdx:202
  [
    "opi/ko/integration/pg/v1/tosspay-v2/readme.mdx:202",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "tosspay", // 'tosspay'만 지원됩니다.
      merchant_uid: "orderMonthly0001", // 상점에서 관리하는 주문 번호
      name: "최초인증결제",
      customer_id: "matthew", //고객사가 회원에게 부여한 고유 ID로 필수 입력.
      customer_uid: "your-customer-unique-id", // 필수 입력.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
      notice_url: "{빌링키 발급 결과를 받을 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/welcome/readme.mdx:411
  [
    "opi/ko/integration/pg/v1/welcome/readme.mdx:411",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card", // 빌링키 발급 수단입니다. 웰컴페이먼츠의 경우 'card'만 지원됩니다.
      merchant_uid: "orderMonthly0001", // 고객사에서 채번한 주문 고유 번호입니다.
      name: "빌링키 발급",
      amount: 1000, // 전달한 결제 금액 만큼 실제로 승인되지는 않으며, 단순히 빌링키 발급 창에 표기 용도입니다.
      customer_uid: "your-customer-unique-id", // 고객사가 구매자의 결제 수단을 특정하기 위해 채번한 고유 ID로 빌링키 발급시 필수 입력입니다.
      customer_id: "matthew", // 고객사가 회원에게 부여한 고유 ID입니다.
      buyer_email: "test@portone.io",
      buyer_name: "포트원",
      buyer_tel: "02-1234-1234",
      m_redirect_url: "{모바일에서 빌링키 발급 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/pg/v1/welcome/readme.mdx:576
  [
    "opi/ko/integration/pg/v1/welcome/readme.mdx:576",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "phone", // 빌링키 발급 및 결제 수단입니다. 웰컴페이먼츠의 경우 'phone'만 지원합니다.
      merchant_uid: "orderNo0001", // 고객사에서 채번한 주문 고유 번호입니다.
      name: "주문명:결제테스트",
      amount: 1000, // 전달한 금액 만큼 실제로 승인이 됩니다.
      customer_uid: "your-customer-unique-id", // 고객사가 구매자의 결제 수단을 특정하기 위해 채번한 고유 ID로 빌링키 발급시 필수 입력입니다.
      customer_id: "matthew", // 고객사가 회원에게 부여한 고유 ID입니다.
      buyer_email: "test@portone.io",
      buyer_name: "구매자이름",
      buyer_tel: "010-1234-5678",
      m_redirect_url: "{모바일에서 결제 완료 후 리디렉션 될 URL}",
    },
  ],
  // opi/ko/integration/start/v1/non-auth.mdx:180
  [
    "opi/ko/integration/start/v1/non-auth.mdx:180",
    {
      ...elidedUid,
      customer_uid: "gildong_0001_1234", // 카드(빌링키)와 1:1로 대응하는 값
      /* ...생략... */
    },
  ],
];

/** `IMP.certification` examples. */
export const certificationExamples: [doc: string, request: CertificationRequest][] = [
  // sdk/ko/v1-sdk/javascript-sdk/cft.mdx: every parameter of its list, with its documented values
  [
    "sdk/ko/v1-sdk/javascript-sdk/cft.mdx",
    {
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pg: "danal.A010002002",
      merchant_uid: "ORD20180131-0000011",
      min_age: 19,
      name: "홍길동",
      phone: "01012345678",
      carrier: "MVNO",
      company: "https://portone.io",
      m_redirect_url: "{리디렉션 될 URL}",
      popup: false,
    },
  ],
  // opi/ko/extra/identity-verification/v1/all/1.mdx:27
  [
    "opi/ko/extra/identity-verification/v1/all/1.mdx:27",
    {
      // param
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      merchant_uid: "ORD20180131-0000011", // 주문 번호
      m_redirect_url: "{리디렉션 될 URL}", // 모바일환경에서 popup:false(기본값) 인 경우 필수, 예: https://www.myservice.com/payments/complete/mobile
      popup: false, // PC환경에서는 popup 파라미터가 무시되고 항상 true 로 적용됨
    },
  ],
  // opi/ko/extra/identity-verification/v1/credit-auth/2.mdx:31
  [
    "opi/ko/extra/identity-verification/v1/credit-auth/2.mdx:31",
    {
      // param
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      merchant_uid: "ORD20180131-0000011", // 주문 번호
      // 모바일환경에서 popup:false(기본값) 인 경우 필수
      m_redirect_url: "{리디렉션 될 URL}",
      popup: false, // PC환경에서는 popup 파라미터가 무시되고 항상 true 로 적용됨
    },
  ],
  // opi/ko/extra/identity-verification/v1/credit-auth/2.mdx:55
  [
    "opi/ko/extra/identity-verification/v1/credit-auth/2.mdx:55",
    {
      // param
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      merchant_uid: "ORD20180131-0000011", // 주문 번호
      m_redirect_url: "{리디렉션 될 URL}", // 모바일환경에서 popup:false(기본값) 인 경우 필수
      popup: false, // PC환경에서는 popup 파라미터가 무시되고 항상 true 로 적용됨
    },
  ],
  // opi/ko/extra/identity-verification/v1/phone/2.mdx:32
  [
    "opi/ko/extra/identity-verification/v1/phone/2.mdx:32",
    {
      // param
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      // 주문 번호
      merchant_uid: "ORD20180131-0000011",
      // 모바일환경에서 popup:false(기본값) 인 경우 필수
      m_redirect_url: "{리디렉션 될 URL}",
      // PC환경에서는 popup 파라미터가 무시되고 항상 true 로 적용됨
      popup: false,
    },
  ],
  // opi/ko/extra/identity-verification/v1/phone/2.mdx:60
  [
    "opi/ko/extra/identity-verification/v1/phone/2.mdx:60",
    {
      // param
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      // 주문 번호
      merchant_uid: "ORD20180131-0000011",
      // 모바일환경에서 popup:false(기본값) 인 경우 필수
      m_redirect_url: "{리디렉션 될 URL}",
      // PC환경에서는 popup 파라미터가 무시되고 항상 true 로 적용됨
      popup: false,
    },
  ],
];

/** Fragments of a request (a PG guide showing only the fields it is about), completed with `elidedOrder`. */
export const paymentFragments: [doc: string, request: PaymentRequest][] = [
  // opi/ko/integration/pg/v1/danal.mdx:356
  [
    "opi/ko/integration/pg/v1/danal.mdx:356",
    {
      ...elidedOrder,
      phone: {
        detail: [
          {
            carrier: "*", // 모두 활성화
            enabled: false,
          },
          {
            carrier: "SKT", // SKT만 활성화
            enabled: true,
          },
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/danal.mdx:373
  [
    "opi/ko/integration/pg/v1/danal.mdx:373",
    {
      ...elidedOrder,
      phone: {
        detail: [
          {
            carrier: "SKT",
            enabled: false,
          },
          {
            carrier: "KTF",
            enabled: false,
          },
          {
            carrier: "LGT",
            enabled: false,
          },
          {
            carrier: "CJH",
            enabled: false,
          },
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/danal.mdx:399
  [
    "opi/ko/integration/pg/v1/danal.mdx:399",
    {
      ...elidedOrder,
      phone: {
        detail: [
          {
            carrier: "SKT",
            enabled: false,
          },
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/danal.mdx:432
  [
    "opi/ko/integration/pg/v1/danal.mdx:432",
    {
      ...elidedOrder,
      display: {
        card_quota: [6], // 할부개월 6개월까지만 활성화
      },
    },
  ],
  // opi/ko/integration/pg/v1/danal.mdx:466
  [
    "opi/ko/integration/pg/v1/danal.mdx:466",
    {
      ...elidedOrder,
      card: {
        direct: {
          code: "367",
          quota: 3,
          usePoint: "Y",
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/danal.mdx:512
  [
    "opi/ko/integration/pg/v1/danal.mdx:512",
    {
      ...elidedOrder,
      card: {
        detail: [
          { card_code: "*", enabled: false }, //모든 카드사 비활성화
          { card_code: "366", enabled: true }, //특정 카드만 활성화
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/daou/readme.mdx:304
  [
    "opi/ko/integration/pg/v1/daou/readme.mdx:304",
    {
      ...elidedOrder,
      display: {
        card_quota: [6], // 할부개월 6개월까지만 활성화
      },
    },
  ],
  // opi/ko/integration/pg/v1/daou/readme.mdx:338
  [
    "opi/ko/integration/pg/v1/daou/readme.mdx:338",
    {
      ...elidedOrder,
      card: {
        direct: {
          code: "367",
          quota: 3,
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/daou/readme.mdx:402
  [
    "opi/ko/integration/pg/v1/daou/readme.mdx:402",
    {
      ...elidedOrder,
      phone: {
        detail: [
          {
            carrier: "*", // 모두 활성화
            enabled: true,
          },
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/daou/readme.mdx:415
  [
    "opi/ko/integration/pg/v1/daou/readme.mdx:415",
    {
      ...elidedOrder,
      phone: {
        detail: [
          {
            carrier: "SKT", // SKT만 활성화
            enabled: true,
          },
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/daou/readme.mdx:428
  [
    "opi/ko/integration/pg/v1/daou/readme.mdx:428",
    {
      ...elidedOrder,
      phone: {
        detail: [
          {
            carrier: "SKT",
            enabled: true,
          },
          {
            carrier: "KTF",
            enabled: true,
          },
          {
            carrier: "LGT",
            enabled: false,
          },
          {
            carrier: "CJH",
            enabled: false,
          },
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/daou/readme.mdx:454
  [
    "opi/ko/integration/pg/v1/daou/readme.mdx:454",
    {
      ...elidedOrder,
      phone: {
        detail: [
          {
            carrier: "SKT",
            enabled: false,
          },
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/eximbay.mdx:281
  [
    "opi/ko/integration/pg/v1/eximbay.mdx:281",
    {
      ...elidedOrder,
      bypass: {
        eximbay: {
          issuercountry: "KR",
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/inicis.mdx:482
  [
    "opi/ko/integration/pg/v1/inicis.mdx:482",
    {
      ...elidedOrder,
      display: {
        card_quota: [6], // 할부개월 6개월만 활성화
      },
    },
  ],
  // opi/ko/integration/pg/v1/inicis.mdx:516
  [
    "opi/ko/integration/pg/v1/inicis.mdx:516",
    {
      ...elidedOrder,
      card: {
        direct: {
          code: "367",
          quota: 3,
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/inicis.mdx:553
  [
    "opi/ko/integration/pg/v1/inicis.mdx:553",
    {
      ...elidedOrder,
      card: {
        detail: [
          { card_code: "*", enabled: false }, //모든 카드사 비활성화
          { card_code: "366", enabled: true }, //특정 카드만 활성화
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/inicis.mdx:618
  [
    "opi/ko/integration/pg/v1/inicis.mdx:618",
    {
      ...elidedOrder,
      card: {
        interest_free: 7, //모든 카드 7개월까지 상점분담무이자
      },
    },
  ],
  // opi/ko/integration/pg/v1/kicc.mdx:339
  [
    "opi/ko/integration/pg/v1/kicc.mdx:339",
    {
      ...elidedOrder,
      escrow: true, // 에스크로 결제인 경우 필요
      kiccProducts: [
        {
          orderNumber: "xxxx",
          name: "상품A",
          quantity: 3,
          amount: 1000,
        },
        {
          orderNumber: "yyyy",
          name: "상품B",
          quantity: 2,
          amount: 3000,
        },
      ],
    },
  ],
  // opi/ko/integration/pg/v1/kicc.mdx:361
  [
    "opi/ko/integration/pg/v1/kicc.mdx:361",
    {
      ...elidedOrder,
      card: {
        direct: {
          code: "367",
          quota: 3,
        },
      },
      company: "고객사", //해당 파라미터를 설정하지 않으면 카드사 모듈 창에 iamport 로 표기
    },
  ],
  // opi/ko/integration/pg/v1/kicc.mdx:387
  [
    "opi/ko/integration/pg/v1/kicc.mdx:387",
    {
      ...elidedOrder,
      card: {
        detail: [
          { card_code: "*", enabled: false }, //모든 카드사 비활성화
          { card_code: "366", enabled: true }, //특정 카드만 활성화
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/ksnet/readme.mdx:368
  [
    "opi/ko/integration/pg/v1/ksnet/readme.mdx:368",
    {
      ...elidedOrder,
      //...중략
      display: {
        card_quota: [5, 6], // 할부개월 5,6개월만 활성화
      },
    },
  ],
  // opi/ko/integration/pg/v1/ksnet/readme.mdx:379
  [
    "opi/ko/integration/pg/v1/ksnet/readme.mdx:379",
    {
      ...elidedOrder,
      card: {
        detail: [
          { card_code: "366", max_month: 5 }, // 특정 카드사 (신한카드) 상점 부담 무이자 최대 5개월 할부 설정
          { card_code: "381", max_month: 3 }, // 특정 카드사 (KB국민카드) 상점 부담 무이자 최대 3개월 할부 설정
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/ksnet/readme.mdx:449
  [
    "opi/ko/integration/pg/v1/ksnet/readme.mdx:449",
    {
      ...elidedOrder,
      //...중략
      card: {
        direct: {
          code: "361", // 카드사 지정
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/ksnet/readme.mdx:513
  [
    "opi/ko/integration/pg/v1/ksnet/readme.mdx:513",
    {
      ...elidedOrder,
      //...중략
      bypass: {
        ksnet: {
          easyPayDirect: true,
        },
      },
      pay_method: "naverpay",
      storeDetails: {
        ceoFullName: "홍길동",
        address: "서울시 ...",
        phoneNumber: "01000000000",
        businessName: "상호명",
        businessRegistrationNumber: "000000000",
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/readme.mdx:257
  [
    "opi/ko/integration/pg/v1/newtoss/readme.mdx:257",
    {
      ...elidedOrder,
      pay_method: "trans",
      bypass: {
        isCulturalExpense: true,
        cashReceiptType: "personal",
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/readme.mdx:267
  [
    "opi/ko/integration/pg/v1/newtoss/readme.mdx:267",
    {
      ...elidedOrder,
      pay_method: "card",
      bypass: {
        tosspayments: {
          useInternationalCardOnly: true,
          discountCode: "카드사 할인코드",
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/readme.mdx:463
  [
    "opi/ko/integration/pg/v1/newtoss/readme.mdx:463",
    {
      ...elidedOrder,
      display: {
        card_quota: [6], // 할부개월 6개월만 활성화
        only_installment: true, // 일시불 항목은 제외
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/readme.mdx:502
  [
    "opi/ko/integration/pg/v1/newtoss/readme.mdx:502",
    {
      ...elidedOrder,
      card: {
        direct: {
          code: "367",
          quota: 3,
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/warning.mdx:47
  [
    "opi/ko/integration/pg/v1/newtoss/warning.mdx:47",
    {
      ...elidedOrder,
      display: {
        card_quota: [0],
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/warning.mdx:57
  [
    "opi/ko/integration/pg/v1/newtoss/warning.mdx:57",
    {
      ...elidedOrder,
      display: {
        card_quota: [5],
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/warning.mdx:67
  [
    "opi/ko/integration/pg/v1/newtoss/warning.mdx:67",
    {
      ...elidedOrder,
      display: {
        card_quota: [3, 5], // 3과 5 중에 최대값이 5이기 때문에 일시불 ~ 5개월까지 모두 렌더링 된다
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/warning.mdx:77
  [
    "opi/ko/integration/pg/v1/newtoss/warning.mdx:77",
    {
      ...elidedOrder,
      display: {
        card_quota: [0, 1, 2, 3, 4, 5],
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/warning.mdx:162
  [
    "opi/ko/integration/pg/v1/newtoss/warning.mdx:162",
    {
      ...elidedOrder,
      card: {
        direct: {
          code: "367",
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/warning.mdx:174
  [
    "opi/ko/integration/pg/v1/newtoss/warning.mdx:174",
    {
      ...elidedOrder,
      card: {
        direct: {
          code: "365",
          quota: 5,
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/warning.mdx:203
  [
    "opi/ko/integration/pg/v1/newtoss/warning.mdx:203",
    {
      ...elidedOrder,
      card: {
        direct: {
          code: "361",
          quota: 5,
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/newtoss/warning.mdx:283
  [
    "opi/ko/integration/pg/v1/newtoss/warning.mdx:283",
    {
      ...elidedOrder,
      pay_method: "naverpay",
      display: {
        card_quota: [5],
      },
    },
  ],
  // opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:270
  [
    "opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:270",
    {
      ...elidedOrder,
      display: {
        card_quota: [2, 3, 4, 5, 6], // 할부개월 6개월까지만 활성화
      },
    },
  ],
  // opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:328
  [
    "opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:328",
    {
      ...elidedOrder,
      card: {
        direct: {
          code: "367",
          quota: 3,
          //카드사 포인트 사용 경우
          //quota: 80 = 80(현대카드 포인트 할부개월) + 0(일시불)
          //quota: 93 = 80(현대카드 포인트 할부개월) + 13개월 할부
          //quota: 60 = 60(기타카드 포인트 할부개월) + 0(일시불)
          //quota: 63 = 60(기타카드 포인트 할부개월) + 3개월 할부
        },
      },
      company: "고객사", //해당 파라미터를 설정하지 않으면 카드사 모듈 창에 iamport 로 표기
    },
  ],
  // opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:347
  [
    "opi/ko/integration/pg/v1/nhn-kcp/readme.mdx:347",
    {
      ...elidedOrder,
      card: {
        detail: [
          { card_code: "*", enabled: false }, // 모든 카드사 비활성화
          { card_code: "366", enabled: true }, // 특정 카드만 활성화
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/nice.mdx:313
  [
    "opi/ko/integration/pg/v1/nice.mdx:313",
    {
      ...elidedOrder,
      display: {
        card_quota: [6], // 할부개월 6개월까지만 활성화
      },
    },
  ],
  // opi/ko/integration/pg/v1/nice.mdx:349
  [
    "opi/ko/integration/pg/v1/nice.mdx:349",
    {
      ...elidedOrder,
      card: {
        direct: {
          code: "367",
          quota: 3,
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/nice.mdx:373
  [
    "opi/ko/integration/pg/v1/nice.mdx:373",
    {
      ...elidedOrder,
      card: {
        detail: [
          { card_code: "*", enabled: false }, //모든 카드사 비활성화
          { card_code: "366", enabled: true }, //특정 카드만 활성화
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/rt/warning.mdx:168
  [
    "opi/ko/integration/pg/v1/rt/warning.mdx:168",
    {
      ...elidedOrder,
      bypass: {
        paypal_v2: {
          // ...중략
          shipping_address: {
            // 상품 수령 주소
            recipient_name: "홍길동", // 수령인 이름
            line1: "세종대로 110", // 도로명 주소
            line2: "서울특별시청", // 아파트 동 호수
            city: "중구", // 시(Los Angeles, New York)
            state: "서울특별시", // 주(CA, NY)
            postal_code: "04524", // 상품 수령지 우편번호
            country_code: "KR", // [필수 입력] 상품 수령지 국가 코드
          },
        }, // end-of paypal_v2
      }, // end-of-bypass
    },
  ],
  // opi/ko/integration/pg/v1/rt/warning.mdx:218
  [
    "opi/ko/integration/pg/v1/rt/warning.mdx:218",
    {
      ...elidedOrder,
      bypass: {
        paypal_v2: {
          // ...중략
          shipping_address: {
            // 상품 수령 주소
            recipient_name: "홍길동", // 수령인 이름
            line1: "세종대로 110", // 도로명 주소
            line2: "서울특별시청", // 아파트 동 호수
            city: "중구", // 시(Los Angeles, New York)
            state: "서울특별시", // 주(CA, NY)
            postal_code: "04524", // 상품 수령지 우편번호
            country_code: "KR", // [필수 입력] 상품 수령지 국가 코드
          },
        }, // end-of paypal_v2
      }, // end-of-bypass
    },
  ],
  // opi/ko/integration/pg/v1/smartro-v2/caution.mdx:83
  [
    "opi/ko/integration/pg/v1/smartro-v2/caution.mdx:83",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      card: {
        direct: {
          // 다이렉트 호출할 카드사 코드와 고정 할부개월수를 모두 지정해야 함
          code: "361", // BC카드
          quota: 5, // 5개월 할부
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/smartro-v2/caution.mdx:98
  [
    "opi/ko/integration/pg/v1/smartro-v2/caution.mdx:98",
    { ...elidedOrder, channelKey: "{콘솔 내 연동 정보의 채널키}", pay_method: "card" },
  ],
  // opi/ko/integration/pg/v1/smartro-v2/caution.mdx:347
  [
    "opi/ko/integration/pg/v1/smartro-v2/caution.mdx:347",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      period: {
        // 서비스 제공 시작 날짜와 종료 날짜를 모두 입력해야 함
        from: "2023-01-01", // 서비스 제공 시작 날짜
        to: "2023-03-31", // 서비스 제공 종료 날짜
      },
    },
  ],
  // opi/ko/integration/pg/v1/smartro-v2/caution.mdx:372
  [
    "opi/ko/integration/pg/v1/smartro-v2/caution.mdx:372",
    {
      ...elidedOrder,
      bypass: {
        cashReceiptType: "corporate", // 현금영수증 발급 유형
        customerIdentifier: "1178178260", // 현금영수증 발행 대상 식별 정보
      },
    },
  ],
  // opi/ko/integration/pg/v1/spb/warning.mdx:299
  [
    "opi/ko/integration/pg/v1/spb/warning.mdx:299",
    {
      ...elidedOrder,
      products: [
        {
          id: "1666779119262",
          name: "시그니처 핫 초콜릿",
          code: "DRINK_SIGNITURE_HOT_CHOCOLATE",
          unitPrice: 5700,
          quantity: 2,
          tag: "TAG-1",
        },
        {
          id: "1666779134572",
          name: "아이스 아메리카노",
          code: "DRINK_AMERICANO",
          unitPrice: 4800,
          quantity: 3,
          tag: "TAG-2",
        },
      ],
    },
  ],
  // opi/ko/integration/pg/v1/spb/warning.mdx:447
  [
    "opi/ko/integration/pg/v1/spb/warning.mdx:447",
    {
      ...elidedOrder,
      bypass: {
        paypal_v2: {
          // ...중략
          purchase_units: [
            {
              shipping: {
                address: {
                  // 상품 수령 주소
                  address_line_1: "세종대로 110", // 도로명 주소
                  address_line_2: "서울특별시청", // 아파트 동 호수
                  admin_area_1: "서울특별시", // 주(CA, NY)
                  admin_area_2: "중구", // 시(Los Angeles, New York)
                  postal_code: "04524", // 상품 수령지 우편번호
                  country_code: "KR", // [필수 입력] 상품 수령지 국가 코드
                },
                name: {
                  full_name: "홍길동", // 상품 수령인 이름
                },
              },
            },
          ],
        }, // end-of paypal_v2
      }, // end-of-bypass
    },
  ],
  // opi/ko/integration/pg/v1/spb/warning.mdx:483
  [
    "opi/ko/integration/pg/v1/spb/warning.mdx:483",
    {
      ...elidedOrder,
      bypass: {
        paypal_v2: {
          // ...중략
          purchase_units: [
            {
              shipping: {
                address: {
                  // 상품 수령 주소
                  address_line_1: "세종대로 110", // 도로명 주소
                  address_line_2: "서울특별시청", // 아파트 동 호수
                  admin_area_1: "서울특별시", // 주(CA, NY)
                  admin_area_2: "중구", // 시(Los Angeles, New York)
                  postal_code: "04524", // 상품 수령지 우편번호
                  country_code: "KR", // [필수 입력] 상품 수령지 국가 코드
                },
                name: {
                  full_name: "홍길동", // 상품 수령인 이름
                },
              },
            },
          ],
        }, // end-of paypal_v2
      }, // end-of-bypass
    },
  ],
  // opi/ko/integration/pg/v1/spb/warning.mdx:521
  [
    "opi/ko/integration/pg/v1/spb/warning.mdx:521",
    {
      ...elidedOrder,
      bypass: {
        paypal_v2: {
          // ...중략
          purchase_units: [
            {
              shipping: {
                address: {
                  // 상품 수령 주소
                  address_line_1: "세종대로 110", // 도로명 주소
                  address_line_2: "서울특별시청", // 아파트 동 호수
                  admin_area_1: "서울특별시", // 주(CA, NY)
                  admin_area_2: "중구", // 시(Los Angeles, New York)
                  postal_code: "04524", // 상품 수령지 우편번호
                  country_code: "KR", // [필수 입력] 상품 수령지 국가 코드
                },
                name: {
                  full_name: "홍길동", // 상품 수령인 이름
                },
              },
            },
          ],
          payer: {
            address: {
              address_line_1: "고산자로 270", // 도로명 주소
              address_line_2: "성동구청", // 아파트 동 호수
              admin_area_1: "서울특별시", // 주(CA, NY)
              admin_area_2: "성동구", // 시(Los Angeles, New York)
              postal_code: "04750", // 상품 수령지 우편번호
              country_code: "KR", // [필수 입력] 상품 수령지 국가 코드
            },
          },
        }, // end-of paypal_v2
      }, // end-of-bypass
    },
  ],
  // opi/ko/integration/pg/v1/spb/warning.mdx:592
  [
    "opi/ko/integration/pg/v1/spb/warning.mdx:592",
    {
      ...elidedOrder,
      bypass: {
        paypal_v2: {
          // ...중략
          payer: {
            address: {
              address_line_1: "200 N Spring St", // 도로명 주소
              address_line_2: "Los Angeles City Hall", // 아파트 동 호수
              admin_area_1: "CA", // 주(CA, NY)
              admin_area_2: "Los Angeles", // 시(Los Angeles, New York)
              postal_code: "90012", // 상품 수령지 우편번호
              country_code: "US", // [필수 입력] 상품 수령지 국가 코드
            },
          },
        }, // end-of paypal_v2
      }, // end-of-bypass
    },
  ],
  // opi/ko/integration/pg/v1/spb/warning.mdx:624
  [
    "opi/ko/integration/pg/v1/spb/warning.mdx:624",
    {
      ...elidedOrder,
      bypass: {
        paypal_v2: {
          // ...중략
          payer: {
            address: {
              address_line_1: "200 N Spring St", // 도로명 주소
              address_line_2: "Los Angeles City Hall", // 아파트 동 호수
              admin_area_1: "CA", // 주(CA, NY)
              admin_area_2: "Los Angeles", // 시(Los Angeles, New York)
              postal_code: "90012", // 상품 수령지 우편번호
              country_code: "US", // [필수 입력] 상품 수령지 국가 코드
            },
          },
        }, // end-of paypal_v2
      }, // end-of-bypass
    },
  ],
  // opi/ko/integration/pg/v1/spb/warning.mdx:678
  [
    "opi/ko/integration/pg/v1/spb/warning.mdx:678",
    {
      ...elidedOrder,
      bypass: {
        paypal_v2: {
          // ...중략
          payer: {
            address: {
              address_line_1: "고산자로 270", // 도로명 주소
              address_line_2: "성동구청", // 아파트 동 호수
              admin_area_1: "서울특별시", // 주(CA, NY)
              admin_area_2: "성동구", // 시(Los Angeles, New York)
              postal_code: "04750", // 상품 수령지 우편번호
              country_code: "KR", // [필수 입력] 상품 수령지 국가 코드
            },
          },
        }, // end-of paypal_v2
      }, // end-of-bypass
    },
  ],
  // opi/ko/integration/pg/v1/toss-brandpay/warning.mdx:26
  [
    "opi/ko/integration/pg/v1/toss-brandpay/warning.mdx:26",
    {
      ...elidedOrder,
      display: {
        card_quota: [6],
      },
      bypass: {
        toss_brandpay: {
          methodId: "c_j429K3djbS01dlk", // 브랜드페이에 등록된 결제 수단의 ID
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/toss-brandpay/warning.mdx:55
  [
    "opi/ko/integration/pg/v1/toss-brandpay/warning.mdx:55",
    {
      ...elidedOrder,
      bypass: {
        cashReceiptType: "anonymous",
        toss_brandpay: {
          methodId: "c_j429K3djbS01dlk", // 브랜드페이에 등록된 결제 수단의 ID
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:100
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:100",
    {
      ...elidedOrder,
      // 현금영수증 자진 발급
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "vbank",
      bypass: {
        cashReceiptType: "anonymous",
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:117
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:117",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "trans",
      bypass: {
        cashReceiptType: "personal",
        customerIdentifier: "01012345678",
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:130
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:130",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "trans",
      bypass: {
        cashReceiptType: "corporate",
        customerIdentifier: "1178178260",
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:194
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:194",
    { ...elidedOrder, period: { from: "2023-01-01 00:00:00", to: "2023-03-01 23:59:59" } },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:212
  ["opi/ko/integration/pg/v1/welcome/caution.mdx:212", { ...elidedOrder, period: { interval: "1m" } }],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:219
  ["opi/ko/integration/pg/v1/welcome/caution.mdx:219", { ...elidedOrder, period: { interval: "1y" } }],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:255
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:255",
    {
      ...elidedOrder,
      phone: {
        detail: [
          { carrier: "SKT", enabled: true },
          { carrier: "KTF", enabled: true },
        ],
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:267
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:267",
    {
      ...elidedOrder,
      bypass: {
        welcome: {
          acceptmethod: ["hppdefaultcorp(SKT)"],
          P_RESERVED: ["hpp_default_corp=SKT"],
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:279
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:279",
    {
      ...elidedOrder,
      phone: {
        detail: [
          { carrier: "SKT", enabled: true },
          { carrier: "KTF", enabled: true },
        ],
      },
      bypass: {
        welcome: {
          acceptmethod: ["hppdefaultcorp(SKT)"],
          P_RESERVED: ["hpp_default_corp=SKT"],
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:311
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:311",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      display: {
        card_quota: [2, 3, 4, 5, 6], // 일시불 + 2개월 ~ 6개월까지 결제창에 표기
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:331
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:331",
    { ...elidedOrder, channelKey: "{콘솔 내 연동 정보의 채널키}", pay_method: "card" },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:339
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:339",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      display: {
        card_quota: [2, 3, 4, 5, 6], // 일시불 + 2개월 ~ 6개월까지 결제창에 표기
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:365
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:365",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      card: {
        direct: {
          // 다이렉트 호출 할 카드사 코드와 고정 할부 개월수를 모두 지정해야 함
          code: "361", // BC카드
          quota: 5, // 5개월 할부
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:380
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:380",
    { ...elidedOrder, channelKey: "{콘솔 내 연동 정보의 채널키}", pay_method: "card" },
  ],
  // opi/ko/integration/pg/v1/welcome/caution.mdx:460
  [
    "opi/ko/integration/pg/v1/welcome/caution.mdx:460",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      pay_method: "card",
      display: {
        card_quota: [2, 3],
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/readme.mdx:333
  [
    "opi/ko/integration/pg/v1/welcome/readme.mdx:333",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      bypass: {
        welcome: {
          acceptmethod: [
            "SKIN(#fc6b2d)", // 결제창 배경 색상 #fc6b2d
            "below1000", // 1,000원 이하 결제 허용
            "paypopup", // 안심 클릭을 팝업으로 렌더링
            "onlyeasypaycode(kakaopay:payco)", // 카드 결제창 내 간편결제는 카카오페이와 페이코만 렌더링
            "hppdefaultcorp(KT)", // 휴대폰 소액결제시 KT 기본 선택
            "hppnofix(Y)", // 휴대폰 소액결제시 결제 창 내에서 구매자 전화번호 수정 불가능
          ],
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/readme.mdx:366
  [
    "opi/ko/integration/pg/v1/welcome/readme.mdx:366",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      bypass: {
        welcome: {
          P_RESERVED: [
            "below1000=Y", // 1,000원 이하 결제 허용
            "hpp_default_corp=KT", // 휴대폰 소액결제시 KT 기본 선택
            "hppnofix=Y", // 휴대폰 소액결제시 결제 창 내에서 구매자 전화번호 수정 불가능
          ],
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/readme.mdx:734
  [
    "opi/ko/integration/pg/v1/welcome/readme.mdx:734",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      bypass: {
        welcome: {
          acceptmethod: [
            "SKIN(#fc6b2d)", // 결제창 배경 색상 #fc6b2d
            "below1000", // 1,000원 이하 결제 허용
            "paypopup", // 안심 클릭을 팝업으로 렌더링
            "onlyeasypaycode(kakaopay:payco)", // 카드 결제창 내 간편결제는 카카오페이와 페이코만 렌더링
            "hppdefaultcorp(KT)", // 휴대폰 소액결제시 KT 기본 선택
            "hppnofix(Y)", // 휴대폰 소액결제시 결제 창 내에서 구매자 전화번호 수정 불가능
          ],
        },
      },
    },
  ],
  // opi/ko/integration/pg/v1/welcome/readme.mdx:761
  [
    "opi/ko/integration/pg/v1/welcome/readme.mdx:761",
    {
      ...elidedOrder,
      channelKey: "{콘솔 내 연동 정보의 채널키}",
      bypass: {
        welcome: {
          P_RESERVED: [
            "below1000=Y", // 1,000원 이하 결제 허용
            "hpp_default_corp=KT", // 휴대폰 소액결제시 KT 기본 선택
            "hppnofix=Y", // 휴대폰 소액결제시 결제 창 내에서 구매자 전화번호 수정 불가능
          ],
        },
      },
    },
  ],
  // sdk/ko/v1-sdk/javascript-sdk/payrq.mdx:365
  [
    "sdk/ko/v1-sdk/javascript-sdk/payrq.mdx:365",
    {
      ...elidedOrder,
      display: {
        card_quota: [6],
      },
    },
  ],
  // sdk/ko/v1-sdk/javascript-sdk/payrq.mdx:401
  [
    "sdk/ko/v1-sdk/javascript-sdk/payrq.mdx:401",
    {
      ...elidedOrder,
      // ....중략....
      card: {
        direct: {
          code: "367", // 카드사 금융결제원 표준 코드 (현대카드)
          quota: 3, // 지정 할부개월수 (3개월)
        },
      },
    },
  ],
  // sdk/ko/v1-sdk/javascript-sdk/payrq.mdx:446
  [
    "sdk/ko/v1-sdk/javascript-sdk/payrq.mdx:446",
    {
      ...elidedOrder,
      card: {
        detail: [
          { card_code: "*", enabled: false }, // 모든 카드사 비활성화
          { card_code: "366", enabled: true }, // 특정 카드사 (신한카드) 만 활성화
        ],
      },
    },
  ],
  // sdk/ko/v1-sdk/javascript-sdk/payrq.mdx:481
  [
    "sdk/ko/v1-sdk/javascript-sdk/payrq.mdx:481",
    {
      ...elidedOrder,
      card: {
        detail: [
          { card_code: "366", max_month: 5 }, // 특정 카드사 (신한카드) 상점 부담 무이자 최대 5개월 할부 설정
          { card_code: "381", max_month: 3 }, // 특정 카드사 (KB국민카드) 상점 부담 무이자 최대 3개월 할부 설정
        ],
      },
      useFreeInterestFromMall: true,
    },
  ],
];
